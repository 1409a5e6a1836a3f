#pragma once

#include "reportdata.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>

class QIODevice;

namespace prognos {

class PdfPageWriter;

/// The PDF report through QPdfWriter: a summary page (dataset, span, frequency, horizon, the
/// forecast in one sentence and the forecast chart), then data quality, cleaning steps,
/// settings, component charts, cross-validation metrics with their chart (when present) and
/// warnings. Charts are vectors; every page is numbered; the paper is A4, or Letter where the
/// locale measures in US units.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    /// A report on the paper of `locale` (pageSizeFor()).
    explicit ReportPdf(const ReportData &data, const QLocale &locale = QLocale());

    /// Prints on `pageSize` instead of the locale's paper.
    void setPageSize(const QPageSize &pageSize) { m_pageSize = pageSize; }
    const QPageSize &pageSize() const { return m_pageSize; }

    /// Writes the report into `device`; false when it could not be written.
    bool write(QIODevice &device) const;
    /// Writes the report to `path` through QSaveFile; false with a message on failure.
    bool save(const QString &path, QString &error) const;

    /// Letter for the US measurement system, else A4.
    static QPageSize pageSizeFor(const QLocale &locale);

private:
    void writeSummary(PdfPageWriter &pdf) const;
    void writeQuality(PdfPageWriter &pdf) const;
    void writeCleaning(PdfPageWriter &pdf) const;
    void writeSettings(PdfPageWriter &pdf) const;
    void writeComponents(PdfPageWriter &pdf) const;
    void writeCrossValidation(PdfPageWriter &pdf) const;
    void writeWarnings(PdfPageWriter &pdf) const;

    const ReportData &m_data;
    QLocale m_locale;
    QPageSize m_pageSize;
};

} // namespace prognos
