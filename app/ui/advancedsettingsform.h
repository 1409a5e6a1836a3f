#pragma once

#include "settingsform.h"

#include "engine/prophetconfig.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace prognos {

class ChoiceDelegate;
class RegressorTableModel;
class SeasonalityTableModel;

/// The Prophet settings beyond the simple ones: changepoints, prior scales, modes, Fourier
/// orders, custom seasonalities, regressors, intervals, scaling and the optimizer.
class AdvancedSettingsForm : public SettingsForm
{
    Q_OBJECT

public:
    explicit AdvancedSettingsForm(QWidget *parent = nullptr);

    /// Shows the advanced fields of `config`.
    void showConfig(const ProphetConfig &config);
    /// Writes the advanced fields into `config` (the simple fields are left alone, except a
    /// Fourier order above 0, which overrides the simple seasonality choice).
    void readInto(ProphetConfig &config) const;
    /// Problems the form finds itself (a changepoint that is not a date).
    QStringList ownProblems() const;
    /// The data columns that regressors and seasonality conditions may read.
    void setDataColumns(const QStringList &columns);

    SeasonalityTableModel *seasonalityModel() const { return m_seasonalities; }
    RegressorTableModel *regressorModel() const { return m_regressors; }

signals:
    void edited();

private:
    void createChangepointFields();
    void createSeasonalityFields();
    void createComponentFields();
    void createUncertaintyFields();
    void createOptimizerFields();
    void connectEdits();
    std::optional<std::vector<Timestamp>> changepointList(QStringList *problems) const;

    QSpinBox *m_nChangepoints = nullptr;
    QDoubleSpinBox *m_changepointRange = nullptr;
    QDoubleSpinBox *m_changepointPriorScale = nullptr;
    QLineEdit *m_changepoints = nullptr;
    QComboBox *m_seasonalityMode = nullptr;
    QDoubleSpinBox *m_seasonalityPriorScale = nullptr;
    QSpinBox *m_yearlyOrder = nullptr;
    QSpinBox *m_weeklyOrder = nullptr;
    QSpinBox *m_dailyOrder = nullptr;
    QDoubleSpinBox *m_holidaysPriorScale = nullptr;
    QComboBox *m_holidaysMode = nullptr;
    QSpinBox *m_uncertaintySamples = nullptr;
    QComboBox *m_scaling = nullptr;
    QComboBox *m_trendSimulation = nullptr;
    QLineEdit *m_seed = nullptr;
    QComboBox *m_algorithm = nullptr;
    QSpinBox *m_maxIterations = nullptr;
    QCheckBox *m_roundParameters = nullptr;
    SeasonalityTableModel *m_seasonalities = nullptr;
    RegressorTableModel *m_regressors = nullptr;
    ChoiceDelegate *m_conditionChoices = nullptr;
    ChoiceDelegate *m_columnChoices = nullptr;
};

} // namespace prognos
