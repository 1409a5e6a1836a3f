#pragma once

#include <QMenu>
#include <QPointer>

#include <functional>

namespace prognos {

class Session;
class SessionExporter;

/// File > Export: the forecast CSV, the JSON and PDF reports and the forecast chart as PNG
/// or SVG of the current session, enabled while it holds a forecast. Also owns Edit > Copy
/// Forecast Chart, which follows the same state.
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
                       const std::function<bool(SessionExporter &)> &run);
    void updateActions();

    QPointer<Session> m_session;
    QMetaObject::Connection m_resultConnection;
    QList<QAction *> m_actions;
    QAction *m_copyChart = nullptr;
};

} // namespace prognos
