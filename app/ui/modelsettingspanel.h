#pragma once

#include "futurevalues.h"
#include "modelpresets.h"
#include "session.h"

#include "engine/prophetconfig.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace prognos {

class AdvancedSettingsForm;
class CountryHolidaysEditor;
class FutureValuesEditor;
class SettingsForm;
class UserHolidaysEditor;

/// Edits a session's model settings: a Simple page with what most forecasts need (holidays
/// included), an Advanced page with the other Prophet settings and a Future page with the
/// values the model needs on the horizon's dates. Presets set the forms. Problems appear
/// under their field and the Run button stays disabled while any remain, with the reason
/// beside it.
class ModelSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ModelSettingsPanel(QWidget *parent = nullptr);

    void showSettings(const ProphetConfig &config, const Horizon &horizon);
    /// The settings as edited, on top of the last config shown.
    ProphetConfig config() const;
    /// The first and last dates the forecast covers (history and horizon): the country's
    /// holidays are listed for these years.
    void setDataSpan(Timestamp first, Timestamp last);
    /// The data's extra columns, offered to regressors and seasonality conditions.
    void setDataColumns(const QStringList &columns);
    /// Shows the future values, and the history cap and floor fields for what the data lacks.
    void showFutureValues(const FutureValues &values, bool dataHasCap, bool dataHasFloor,
                          std::optional<double> historyCap, std::optional<double> historyFloor);
    /// Sets the forms to `preset`, keeping growth, holidays, regressors and the seed.
    void applyPreset(ModelPresets::Preset preset);
    Horizon horizon() const;
    /// Problems the panel finds itself (fields it cannot turn into a config).
    QStringList ownProblems() const;

    /// Shows `problems` under their fields (the rest beside Run) and enables Run when empty.
    void showProblems(const QStringList &problems);
    void setRunning(bool running);

    QPushButton *runButton() const { return m_run; }
    QLabel *runReason() const { return m_reason; }
    SettingsForm *simpleForm() const { return m_simple; }
    AdvancedSettingsForm *advancedForm() const { return m_advanced; }
    UserHolidaysEditor *userHolidays() const { return m_userHolidays; }
    CountryHolidaysEditor *countryHolidays() const { return m_countryHolidays; }
    FutureValuesEditor *futureEditor() const { return m_future; }

signals:
    void settingsEdited();
    /// Values on the Future tab were edited or pasted.
    void futureValuesEdited();
    /// The history cap or floor field was edited.
    void historyLimitsEdited();
    void runRequested();
    void cancelRequested();

private:
    void createSimpleForm();
    void createHorizonField();
    void createPresetField();
    void createHolidayFields();
    void showCountryHolidays(const std::vector<CountryHolidayOverride> &overrides);
    QStringList holidayNameProblems() const;
    void createSeasonalityFields();
    void createLayout();
    void connectSignals();
    QComboBox *seasonalityBox();

    ProphetConfig m_base;
    bool m_runnable = false;
    bool m_running = false;
    QTabWidget *m_tabs = nullptr;
    SettingsForm *m_simple = nullptr;
    AdvancedSettingsForm *m_advanced = nullptr;
    QSpinBox *m_horizonAmount = nullptr;
    QComboBox *m_horizonUnit = nullptr;
    QComboBox *m_growth = nullptr;
    QComboBox *m_yearly = nullptr;
    QComboBox *m_weekly = nullptr;
    QComboBox *m_daily = nullptr;
    QComboBox *m_country = nullptr;
    QDoubleSpinBox *m_intervalWidth = nullptr;
    QComboBox *m_preset = nullptr;
    bool m_applyingPreset = false;
    UserHolidaysEditor *m_userHolidays = nullptr;
    CountryHolidaysEditor *m_countryHolidays = nullptr;
    FutureValuesEditor *m_future = nullptr;
    Timestamp m_first = 0; ///< the span whose country holidays are listed (none when empty)
    Timestamp m_last = -1;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_reason = nullptr;
};

} // namespace prognos
