#include "sessionexporter.h"

#include "dialogrunner.h"
#include "exportoptionsdialog.h"
#include "filedialogguard.h"
#include "sensitiveclipboard.h"
#include "session.h"
#include "sessionreport.h"
#include "uilogging.h"

#include "export/chartrenderer.h"
#include "export/exportfile.h"
#include "export/forecastchart.h"
#include "export/forecastcsv.h"
#include "export/reportjson.h"
#include "export/reportpdf.h"

#include <QChart>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace prognos {

SessionExporter::SessionExporter(QWidget *parent, const Session &session)
    : m_parent(parent)
    , m_session(session)
{}

bool SessionExporter::canExport() const
{
    return SessionReport::hasForecast(m_session);
}

bool SessionExporter::exportForecastCsv()
{
    ExportOptionsDialog options(ExportOptionsDialog::Kind::ForecastCsv, m_parent);
    if (!canExport() || DialogRunner::exec(options) != QDialog::Accepted)
        return false;
    const QString path = askForPath(options.windowTitle(), tr("CSV files (*.csv)"),
                                    QStringLiteral("csv"), tr("forecast"));
    if (path.isEmpty())
        return false;
    const ReportData data = SessionReport::build(m_session);
    return write(path, ForecastCsv::forecast(data, options.withComponents()));
}

bool SessionExporter::exportReportJson()
{
    ExportOptionsDialog options(ExportOptionsDialog::Kind::ReportJson, m_parent);
    if (!canExport() || DialogRunner::exec(options) != QDialog::Accepted)
        return false;
    const QString path = askForPath(options.windowTitle(), tr("JSON files (*.json)"),
                                    QStringLiteral("json"), tr("report"));
    if (path.isEmpty())
        return false;
    const bool raw = options.includeRawData();
    const ReportData data = SessionReport::build(m_session, raw);
    return write(path, ReportJson::toBytes(data, raw));
}

bool SessionExporter::exportReportPdf()
{
    ExportOptionsDialog options(ExportOptionsDialog::Kind::ReportPdf, m_parent);
    if (!canExport() || DialogRunner::exec(options) != QDialog::Accepted)
        return false;
    const QString path = askForPath(options.windowTitle(), tr("PDF files (*.pdf)"),
                                    QStringLiteral("pdf"), tr("report"));
    if (path.isEmpty())
        return false;
    const ReportData data = SessionReport::build(m_session);
    ReportPdf report(data);
    report.setPageSize(options.pageSize());
    return write(path, [&report](QIODevice &device) { return report.write(device); });
}

bool SessionExporter::exportChartPng(const std::string &component)
{
    return exportChart(component, /*png=*/true);
}

bool SessionExporter::exportChartSvg(const std::string &component)
{
    return exportChart(component, /*png=*/false);
}

bool SessionExporter::exportChart(const std::string &component, bool png)
{
    ExportOptionsDialog options(
        png ? ExportOptionsDialog::Kind::ChartPng : ExportOptionsDialog::Kind::ChartSvg, m_parent);
    if (!canExport() || DialogRunner::exec(options) != QDialog::Accepted)
        return false;
    const QString name = component.empty() ? tr("forecast") : QString::fromStdString(component);
    const QString path = png ? askForPath(options.windowTitle(), tr("PNG images (*.png)"),
                                          QStringLiteral("png"), name)
                             : askForPath(options.windowTitle(), tr("SVG images (*.svg)"),
                                          QStringLiteral("svg"), name);
    if (path.isEmpty())
        return false;
    const ReportData data = SessionReport::build(m_session);
    const std::unique_ptr<QChart> chart = chartFor(data, component);
    if (!chart)
        return finish(false, tr("There is no %1 chart to save.").arg(name));
    return write(path, png ? ChartRenderer::toPng(*chart, options.chartSize(), options.scale())
                           : ChartRenderer::toSvg(*chart, options.chartSize()));
}

bool SessionExporter::exportCvPredictionsCsv()
{
    if (!SessionReport::hasCrossValidation(m_session))
        return false;
    const QString path =
        askForPath(tr("Export Cross-Validation Predictions"), tr("CSV files (*.csv)"),
                   QStringLiteral("csv"), tr("cv-predictions"));
    if (path.isEmpty())
        return false;
    return write(path, ForecastCsv::cvPredictions(m_session.crossValidation().frame));
}

bool SessionExporter::exportCvMetricsCsv()
{
    if (!SessionReport::hasCrossValidation(m_session))
        return false;
    const QString path = askForPath(tr("Export Cross-Validation Metrics"), tr("CSV files (*.csv)"),
                                    QStringLiteral("csv"), tr("cv-metrics"));
    if (path.isEmpty())
        return false;
    const CrossValidationOutput &cv = m_session.crossValidation();
    return write(path, ForecastCsv::cvMetrics(cv.metrics, cv.baselines ? &*cv.baselines : nullptr));
}

bool SessionExporter::copyChart(const std::string &component)
{
    if (!canExport())
        return false;
    const ReportData data = SessionReport::build(m_session);
    const std::unique_ptr<QChart> chart = chartFor(data, component);
    if (!chart)
        return false;
    SensitiveClipboard::set(ChartRenderer::mimeData(*chart, ExportOptionsDialog::kPngPixels,
                                                    ExportOptionsDialog::kPngScale));
    return true;
}

std::unique_ptr<QChart> SessionExporter::chartFor(const ReportData &data,
                                                  const std::string &component)
{
    return component.empty() ? ForecastChart::forecast(data)
                             : ForecastChart::component(data, component);
}

QString SessionExporter::askForPath(const QString &title, const QString &filter,
                                    const QString &suffix, const QString &nameHint) const
{
    // Qt's own dialog: the native ones add the file to the desktop's recent lists. The
    // guard, destroyed after the dialog, undoes what the dialog saves in QtProject.conf.
    const FileDialogGuard guard;
    QFileDialog dialog(m_parent, title);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilters({filter, tr("All files (*)")});
    dialog.setDefaultSuffix(suffix);
    dialog.selectFile(QFileInfo(m_session.title()).completeBaseName() + QLatin1Char('-') +
                      nameHint + QLatin1Char('.') + suffix);
    if (DialogRunner::exec(dialog) != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

bool SessionExporter::write(const QString &path, const QByteArray &bytes) const
{
    QString error;
    return finish(ExportFile::save(path, bytes, error), error);
}

bool SessionExporter::write(const QString &path, const std::function<bool(QIODevice &)> &fill) const
{
    QString error;
    return finish(ExportFile::save(path, fill, error), error);
}

bool SessionExporter::finish(bool ok, const QString &error) const
{
    if (ok) {
        qCInfo(lcUi) << "export written";
        return true;
    }
    qCWarning(lcUi) << "export failed";
    QMessageBox box(QMessageBox::Warning, tr("Export failed"), error, QMessageBox::Ok, m_parent);
    box.setInformativeText(tr("Nothing was written: a file that was there before is unchanged."));
    DialogRunner::exec(box);
    return false;
}

} // namespace prognos
