#include "exportmenu.h"

#include "session.h"
#include "sessionexporter.h"
#include "sessionreport.h"

namespace prognos {

ExportMenu::ExportMenu(QWidget *parent)
    : QMenu(tr("&Export"), parent)
{
    addExport(
        tr("Forecast as &CSV…"), QStringLiteral("export_forecast_csv"),
        [](SessionExporter &e) { return e.exportForecastCsv(); }, m_actions);
    addExport(
        tr("&JSON Report…"), QStringLiteral("export_report_json"),
        [](SessionExporter &e) { return e.exportReportJson(); }, m_actions);
    addExport(
        tr("&PDF Report…"), QStringLiteral("export_report_pdf"),
        [](SessionExporter &e) { return e.exportReportPdf(); }, m_actions);
    addSeparator();
    addExport(
        tr("Forecast Chart as P&NG…"), QStringLiteral("export_chart_png"),
        [](SessionExporter &e) { return e.exportChartPng(); }, m_actions);
    addExport(
        tr("Forecast Chart as &SVG…"), QStringLiteral("export_chart_svg"),
        [](SessionExporter &e) { return e.exportChartSvg(); }, m_actions);
    addSeparator();
    addExport(
        tr("Cross-Validation &Predictions as CSV…"), QStringLiteral("export_cv_predictions"),
        [](SessionExporter &e) { return e.exportCvPredictionsCsv(); }, m_cvActions);
    addExport(
        tr("Cross-Validation &Metrics as CSV…"), QStringLiteral("export_cv_metrics"),
        [](SessionExporter &e) { return e.exportCvMetricsCsv(); }, m_cvActions);

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
                               const std::function<bool(SessionExporter &)> &run,
                               QList<QAction *> &group)
{
    QAction *action = addAction(text);
    action->setObjectName(name);
    connect(action, &QAction::triggered, this, [this, run] {
        if (!m_session)
            return;
        SessionExporter exporter(parentWidget(), *m_session);
        run(exporter);
    });
    group.append(action);
    return action;
}

void ExportMenu::setSession(Session *session)
{
    disconnect(m_resultConnection);
    disconnect(m_crossValidationConnection);
    m_session = session;
    if (session) {
        m_resultConnection =
            connect(session, &Session::resultChanged, this, &ExportMenu::updateActions);
        m_crossValidationConnection =
            connect(session, &Session::crossValidationChanged, this, &ExportMenu::updateActions);
    }
    updateActions();
}

void ExportMenu::updateActions()
{
    const bool enabled = m_session && SessionReport::hasForecast(*m_session);
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(enabled);
    const bool cv = m_session && SessionReport::hasCrossValidation(*m_session);
    for (QAction *action : std::as_const(m_cvActions))
        action->setEnabled(cv);
}

} // namespace prognos
