#include "reportpdf.h"

#include "exportfile.h"
#include "forecastchart.h"
#include "forecastsummary.h"
#include "pdfpagewriter.h"
#include "reportjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace prognos {

namespace {

QString jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (value.isNull())
        return QStringLiteral("null");
    return value.toString();
}

} // namespace

ReportPdf::ReportPdf(const ReportData &data, const QLocale &locale)
    : m_data(data)
    , m_locale(locale)
    , m_pageSize(pageSizeFor(locale))
{}

QPageSize ReportPdf::pageSizeFor(const QLocale &locale)
{
    return QPageSize(locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                             : QPageSize::A4);
}

bool ReportPdf::save(const QString &path, QString &error) const
{
    return ExportFile::save(
        path, [this](QIODevice &device) { return write(device); }, error);
}

bool ReportPdf::write(QIODevice &device) const
{
    PdfPageWriter pdf(device, m_pageSize, tr("Forecast report"));
    writeSummary(pdf);
    writeQuality(pdf);
    writeCleaning(pdf);
    writeSettings(pdf);
    writeComponents(pdf);
    writeCrossValidation(pdf);
    writeWarnings(pdf);
    return pdf.finish();
}

void ReportPdf::writeSummary(PdfPageWriter &pdf) const
{
    const ForecastSummary summary(m_data, m_locale);
    pdf.heading(tr("Summary"));
    pdf.paragraph(summary.sentence(), true);
    const QString dataset = m_data.datasetName.isEmpty() ? tr("(unnamed)") : m_data.datasetName;
    pdf.table({tr("Item"), tr("Value")},
              {{tr("Dataset"), dataset},
               {tr("Span"), summary.span()},
               {tr("Frequency"), summary.frequency()},
               {tr("Horizon"), summary.horizon()},
               {tr("Created by"), tr("Prognos %1").arg(QStringLiteral(PROGNOS_EXPORT_VERSION))}});
    pdf.subheading(tr("Forecast"));
    if (const std::unique_ptr<QChart> chart = ForecastChart::forecast(m_data))
        pdf.chart(*chart, pdf.textWidth() * 0.62);
}

void ReportPdf::writeQuality(PdfPageWriter &pdf) const
{
    pdf.newPage();
    pdf.heading(tr("Data quality"));
    QStringList findings = m_data.quality ? m_data.quality->summary() : QStringList();
    if (findings.isEmpty())
        findings << tr("No data-quality findings.");
    pdf.bulletList(findings);
    if (!m_data.importNotes.isEmpty()) {
        pdf.subheading(tr("Import"));
        pdf.bulletList(m_data.importNotes);
    }
    if (!m_data.importFindings.isEmpty()) {
        QList<QStringList> rows;
        for (const ImportFinding &f : m_data.importFindings) {
            rows << QStringList{f.row > 0 ? m_locale.toString(f.row) : QString(), f.column,
                                f.reason};
        }
        pdf.subheading(tr("Import findings"));
        pdf.table({tr("Row"), tr("Column"), tr("Reason")}, rows, 0.1);
    }
}

void ReportPdf::writeCleaning(PdfPageWriter &pdf) const
{
    pdf.heading(tr("Cleaning steps"));
    QStringList steps;
    for (const CleaningStep &step : m_data.cleaning.steps())
        steps << step.describe();
    if (steps.isEmpty())
        steps << tr("No cleaning steps: the data was fitted as imported.");
    pdf.bulletList(steps);
    if (!m_data.cleaningLog.isEmpty()) {
        pdf.subheading(tr("What the steps did"));
        pdf.bulletList(m_data.cleaningLog);
    }
}

void ReportPdf::writeSettings(PdfPageWriter &pdf) const
{
    pdf.heading(tr("Settings"));
    const QJsonObject settings = ReportJson::settings(m_data);
    QList<QStringList> rows;
    for (auto it = settings.begin(); it != settings.end(); ++it)
        rows << QStringList{it.key(), jsonText(it.value())};
    pdf.table({tr("Setting"), tr("Value")}, rows, 0.35);
}

void ReportPdf::writeComponents(PdfPageWriter &pdf) const
{
    const std::vector<std::string> names = m_data.componentNames();
    if (names.empty())
        return;
    pdf.newPage();
    pdf.heading(tr("Components"));
    for (const std::string &name : names) {
        if (name.ends_with("_terms"))
            continue; // sums of the components shown
        if (const std::unique_ptr<QChart> chart = ForecastChart::component(m_data, name))
            pdf.chart(*chart, pdf.textWidth() * 0.45);
    }
}

void ReportPdf::writeCrossValidation(PdfPageWriter &pdf) const
{
    if (!m_data.cvMetrics || !m_data.cvMetrics->ok())
        return;
    const MetricsTable &metrics = *m_data.cvMetrics;
    pdf.newPage();
    pdf.heading(tr("Cross-validation"));
    QStringList header{metrics.monthly ? tr("horizon (months)") : tr("horizon (days)")};
    for (const auto &[name, values] : metrics.columns)
        header << QString::fromStdString(name);
    // At most about 40 rows, evenly spaced: the CSV export holds every horizon.
    const std::size_t step = std::max<std::size_t>(1, (metrics.horizon.size() + 39) / 40);
    QList<QStringList> rows;
    for (std::size_t i = 0; i < metrics.horizon.size(); i += step) {
        const double h = metrics.monthly ? double(metrics.horizon[i])
                                         : double(metrics.horizon[i]) / double(kMsPerDay);
        QStringList row{m_locale.toString(h, 'g', 6)};
        for (const auto &[name, values] : metrics.columns)
            row << m_locale.toString(values[i], 'g', 4);
        rows << row;
    }
    const std::string first = metrics.columns.empty() ? std::string() : metrics.columns[0].first;
    const std::string shown = metrics.column("mae") ? std::string("mae") : first;
    if (const std::unique_ptr<QChart> chart = ForecastChart::metric(metrics, shown))
        pdf.chart(*chart, pdf.textWidth() * 0.45);
    pdf.table(header, rows, 0.16);
}

void ReportPdf::writeWarnings(PdfPageWriter &pdf) const
{
    pdf.heading(tr("Warnings"));
    QStringList warnings = m_data.warnings;
    if (m_data.model) {
        for (const std::string &w : m_data.model->warnings) {
            const QString text = QString::fromStdString(w);
            if (!warnings.contains(text))
                warnings << text;
        }
    }
    if (warnings.isEmpty())
        warnings << tr("None.");
    pdf.bulletList(warnings);
}

} // namespace prognos
