#pragma once

#include "settingsform.h"

#include "engine/prophetconfig.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace prognos {

/// The Prophet settings beyond the simple ones: changepoints, prior scales, modes, Fourier
/// orders, intervals, scaling and the optimizer.
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

signals:
    void edited();

private:
    void createChangepointFields();
    void createSeasonalityFields();
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
    QSpinBox *m_seed = nullptr;
    QComboBox *m_algorithm = nullptr;
    QSpinBox *m_maxIterations = nullptr;
};

} // namespace prognos
