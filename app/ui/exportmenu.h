#pragma once

#include <QMenu>
#include <QPointer>

#include <functional>

namespace prognos {

class Session;
class SessionExporter;

/// File > Export: the forecast CSV, the JSON and PDF reports and the forecast chart as PNG
/// or SVG of the current session, enabled while it holds a forecast, and the
/// cross-validation's predictions and metrics as CSV, enabled while it holds one. Also owns
/// Edit > Copy Forecast Chart, which follows the forecast.
class ExportMenu : public QMenu
{
    Q_OBJECT

public:
    explicit ExportMenu(QWidget *parent = nullptr);

    /// The session the actions export (nullptr: none, every action disabled).
    void setSession(Session *session);

    QAction *copyChartAction() const { return m_copyChart; }

private:
    QAction *addExport(const QString &text, const QString &name,
                       const std::function<bool(SessionExporter &)> &run, QList<QAction *> &group);
    void updateActions();

    QPointer<Session> m_session;
    QMetaObject::Connection m_resultConnection;
    QMetaObject::Connection m_crossValidationConnection;
    QList<QAction *> m_actions;   ///< need a forecast
    QList<QAction *> m_cvActions; ///< need a cross-validation
    QAction *m_copyChart = nullptr;
};

} // namespace prognos
