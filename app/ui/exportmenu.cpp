#include "exportmenu.h"

#include "session.h"
#include "sessionexporter.h"
#include "sessionreport.h"

namespace prognos {

ExportMenu::ExportMenu(QWidget *parent)
    : QMenu(tr("&Export"), parent)
{
    addExport(tr("Forecast as &CSV…"), QStringLiteral("export_forecast_csv"),
              [](SessionExporter &e) { return e.exportForecastCsv(); });
    addExport(tr("&JSON Report…"), QStringLiteral("export_report_json"),
              [](SessionExporter &e) { return e.exportReportJson(); });
    addExport(tr("&PDF Report…"), QStringLiteral("export_report_pdf"),
              [](SessionExporter &e) { return e.exportReportPdf(); });
    addSeparator();
    addExport(tr("Forecast Chart as P&NG…"), QStringLiteral("export_chart_png"),
              [](SessionExporter &e) { return e.exportChartPng(); });
    addExport(tr("Forecast Chart as &SVG…"), QStringLiteral("export_chart_svg"),
              [](SessionExporter &e) { return e.exportChartSvg(); });

    m_copyChart = new QAction(tr("Copy Forecast &Chart"), this);
    m_copyChart->setObjectName(QStringLiteral("copy_forecast_chart"));
    m_copyChart->setStatusTip(tr("Copy the forecast chart as an image, marked as sensitive "
                                 "for clipboard managers"));
    connect(m_copyChart, &QAction::triggered, this, [this] {
        if (m_session)
            SessionExporter(parentWidget(), *m_session).copyChart();
    });
    m_actions.append(m_copyChart);
    updateActions();
}

QAction *ExportMenu::addExport(const QString &text, const QString &name,
                               const std::function<bool(SessionExporter &)> &run)
{
    QAction *action = addAction(text);
    action->setObjectName(name);
    connect(action, &QAction::triggered, this, [this, run] {
        if (!m_session)
            return;
        SessionExporter exporter(parentWidget(), *m_session);
        run(exporter);
    });
    m_actions.append(action);
    return action;
}

void ExportMenu::setSession(Session *session)
{
    disconnect(m_resultConnection);
    m_session = session;
    if (session) {
        m_resultConnection =
            connect(session, &Session::resultChanged, this, &ExportMenu::updateActions);
    }
    updateActions();
}

void ExportMenu::updateActions()
{
    const bool enabled = m_session && SessionReport::hasForecast(*m_session);
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(enabled);
}

} // namespace prognos
