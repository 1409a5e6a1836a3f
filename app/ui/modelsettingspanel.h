#pragma once

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
class SettingsForm;

/// Edits a session's model settings: a Simple page with what most forecasts need and an
/// Advanced page with the other Prophet settings. Problems appear under their field and the
/// Run button stays disabled while any remain, with the reason beside it.
class ModelSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ModelSettingsPanel(QWidget *parent = nullptr);

    void showSettings(const ProphetConfig &config, const Horizon &horizon);
    /// The settings as edited, on top of the last config shown (fields without a widget,
    /// such as user holidays, are kept).
    ProphetConfig config() const;
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

signals:
    void settingsEdited();
    void runRequested();
    void cancelRequested();

private:
    void createSimpleForm();
    void createHorizonField();
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
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_reason = nullptr;
};

} // namespace prognos
