#include "memoryfootprint.h"

#include "crossvalidationoutput.h"
#include "forecastoutput.h"
#include "keptconfiguration.h"

#include "data/cleaningresult.h"
#include "data/importresult.h"

#include <map>
#include <string>
#include <vector>

namespace prognos {

namespace {

template <typename T>
qint64 bytesOf(const std::vector<T> &values)
{
    return qint64(values.capacity() * sizeof(T));
}

qint64 bytesOf(const std::vector<bool> &values)
{
    return qint64(values.capacity() / 8);
}

qint64 bytesOf(const QString &text)
{
    return qint64(text.capacity()) * qint64(sizeof(QChar));
}

template <typename T>
qint64 bytesOf(const QList<T> &values)
{
    return qint64(values.capacity()) * qint64(sizeof(T));
}

qint64 bytesOf(const QStringList &texts)
{
    qint64 bytes = qint64(texts.capacity()) * qint64(sizeof(QString));
    for (const QString &text : texts)
        bytes += bytesOf(text);
    return bytes;
}

qint64 bytesOf(const std::map<std::string, std::vector<double>> &columns)
{
    qint64 bytes = 0;
    for (const auto &[name, values] : columns)
        bytes += qint64(name.capacity()) + bytesOf(values);
    return bytes;
}

qint64 bytesOf(const ImportFindings &findings)
{
    qint64 bytes = bytesOf<ImportFinding>(findings);
    for (const ImportFinding &finding : findings)
        bytes += bytesOf(finding.column) + bytesOf(finding.rawValue) + bytesOf(finding.reason);
    return bytes;
}

qint64 bytesOf(const CsvTable &table)
{
    // The decoded text (or the file's ASCII bytes), plus two 32-bit offsets and a few bytes
    // of record bookkeeping per cell.
    const qint64 cells = qint64(table.rowCount()) * qint64(table.columnCount());
    return qint64(table.text().size()) * qint64(sizeof(QChar)) + table.asciiText().size() +
           cells * 8 + qint64(table.rowCount()) * 12 + bytesOf(table.columnNames());
}

qint64 bytesOf(const Forecast &forecast)
{
    qint64 bytes = bytesOf(forecast.ds);
    for (const auto &[name, values] : forecast.columns)
        bytes += qint64(name.capacity()) + bytesOf(values);
    return bytes;
}

qint64 bytesOf(const CrossValidationFrame &frame)
{
    return bytesOf(frame.ds) + bytesOf(frame.cutoff) + bytesOf(frame.y) + bytesOf(frame.yhat) +
           bytesOf(frame.yhatLower) + bytesOf(frame.yhatUpper) + bytesOf(frame.naive) +
           bytesOf(frame.seasonalNaive);
}

qint64 bytesOf(const MetricsTable &metrics)
{
    qint64 bytes = bytesOf(metrics.horizon);
    for (const auto &[name, values] : metrics.columns)
        bytes += qint64(name.capacity()) + bytesOf(values);
    return bytes;
}

} // namespace

qint64 MemoryFootprint::of(const SeriesTable &table)
{
    qint64 bytes = bytesOf(table.sourceRow) + bytesOf(table.ds) + bytesOf(table.y) +
                   bytesOf(table.cap) + bytesOf(table.floor) + bytesOf(table.regressors) +
                   bytesOf(table.excluded) + qint64(table.group.capacity() * sizeof(QString));
    for (const QString &group : table.group)
        bytes += bytesOf(group);
    return bytes;
}

qint64 MemoryFootprint::of(const TimeSeries &series)
{
    return bytesOf(series.ds) + bytesOf(series.y) + bytesOf(series.cap) + bytesOf(series.floor) +
           bytesOf(series.columns);
}

qint64 MemoryFootprint::of(const ImportResult &import)
{
    return bytesOf(import.csv.table) + bytesOf(import.csv.findings) + of(import.series) +
           bytesOf(import.findings) + bytesOf(import.notes);
}

qint64 MemoryFootprint::of(const CleaningResult &cleaned)
{
    return of(cleaned.table) + of(cleaned.series) + bytesOf(cleaned.log) +
           bytesOf(cleaned.excludedRows);
}

qint64 MemoryFootprint::of(const ForecastOutput &output)
{
    qint64 bytes = bytesOf(output.forecast) + bytesOf(output.warnings) + bytesOf(output.message);
    if (const FittedModel *model = output.model.get()) {
        bytes +=
            of(model->history) + bytesOf(model->historyDates) + bytesOf(model->changepoints) +
            qint64(model->params.beta.size() + model->params.delta.size()) * qint64(sizeof(double));
    }
    return bytes;
}

qint64 MemoryFootprint::of(const CrossValidationOutput &output)
{
    return bytesOf(output.frame) + bytesOf(output.metrics) + bytesOf(output.warnings) +
           bytesOf(output.message);
}

qint64 MemoryFootprint::of(const KeptConfiguration &kept)
{
    return of(kept.result) + (kept.crossValidation ? of(*kept.crossValidation) : 0);
}

} // namespace prognos
