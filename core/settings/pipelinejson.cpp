#include "pipelinejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <array>
#include <cmath>
#include <utility>

namespace prognos {

namespace {

template <typename Enum, std::size_t N>
using NameTable = std::array<std::pair<const char *, Enum>, N>;

constexpr NameTable<TextEncoding, 5> kEncodings{{{"auto", TextEncoding::Auto},
                                                 {"utf-8", TextEncoding::Utf8},
                                                 {"utf-16le", TextEncoding::Utf16LE},
                                                 {"utf-16be", TextEncoding::Utf16BE},
                                                 {"windows-1252", TextEncoding::Windows1252}}};

constexpr NameTable<CsvOptions::Header, 3> kHeaders{{{"auto", CsvOptions::Header::Auto},
                                                     {"present", CsvOptions::Header::Present},
                                                     {"absent", CsvOptions::Header::Absent}}};

constexpr NameTable<CleaningStep::Aggregator, 7> kAggregators{
    {{"mean", CleaningStep::Aggregator::Mean},
     {"median", CleaningStep::Aggregator::Median},
     {"sum", CleaningStep::Aggregator::Sum},
     {"min", CleaningStep::Aggregator::Min},
     {"max", CleaningStep::Aggregator::Max},
     {"first", CleaningStep::Aggregator::First},
     {"last", CleaningStep::Aggregator::Last}}};

constexpr NameTable<CleaningStep::Fill, 4> kFills{
    {{"leave", CleaningStep::Fill::Leave},
     {"linear", CleaningStep::Fill::Linear},
     {"forward_fill", CleaningStep::Fill::ForwardFill},
     {"zero", CleaningStep::Fill::Zero}}};

constexpr NameTable<ValueTransform::Kind, 3> kTransforms{{{"none", ValueTransform::Kind::None},
                                                          {"log", ValueTransform::Kind::Log},
                                                          {"log1p", ValueTransform::Kind::Log1p}}};

constexpr NameTable<CleaningStep::Kind, 7> kSteps{
    {{"aggregate_duplicates", CleaningStep::Kind::AggregateDuplicates},
     {"fill_missing", CleaningStep::Kind::FillMissing},
     {"exclude_outliers", CleaningStep::Kind::ExcludeOutliers},
     {"transform", CleaningStep::Kind::Transform},
     {"resample", CleaningStep::Kind::Resample},
     {"date_range", CleaningStep::Kind::DateRange},
     {"select_group", CleaningStep::Kind::SelectGroup}}};

/// The value named `text` in `table`; `fallback` (and an error) when there is none.
template <typename Enum, std::size_t N>
Enum lookUp(const NameTable<Enum, N> &table, const QJsonValue &value, Enum fallback,
            const char *what, QStringList &errors)
{
    if (value.isUndefined() || value.isNull())
        return fallback;
    const QString text = value.toString().toLower();
    for (const auto &[name, entry] : table) {
        if (text == QLatin1String(name))
            return entry;
    }
    QStringList names;
    for (const auto &entry : table)
        names << QString::fromLatin1(entry.first);
    errors << QStringLiteral("\"%1\" is not a %2; use one of %3.")
                  .arg(value.toString(), QLatin1String(what), names.join(QStringLiteral(", ")));
    return fallback;
}

template <typename Enum, std::size_t N>
QString nameOf(const NameTable<Enum, N> &table, Enum value)
{
    for (const auto &[name, entry] : table) {
        if (entry == value)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Timestamp> readOptionalDate(const QJsonValue &value, const char *what,
                                          QStringList &errors)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const auto date = parseIsoTimestamp(value.toString().toStdString());
    if (!date)
        errors << QStringLiteral("The %1 date \"%2\" is not a date (YYYY-MM-DD).")
                      .arg(QLatin1String(what), value.toString());
    return date;
}

} // namespace

ImportSettings PipelineJson::readImport(const QJsonObject &o, QStringList &errors)
{
    ImportSettings settings;
    settings.csv.encoding = lookUp(kEncodings, o.value(QLatin1String("encoding")),
                                   TextEncoding::Auto, "text encoding", errors);
    settings.csv.header = lookUp(kHeaders, o.value(QLatin1String("header")),
                                 CsvOptions::Header::Auto, "header choice", errors);
    const QString delimiter = o.value(QLatin1String("delimiter")).toString();
    if (delimiter == QLatin1String("\\t") || delimiter == QLatin1String("tab"))
        settings.csv.delimiter = QLatin1Char('\t');
    else if (delimiter.size() == 1)
        settings.csv.delimiter = delimiter.at(0);
    else if (!delimiter.isEmpty())
        errors << QStringLiteral("The delimiter must be one character (or \"tab\").");
    const QJsonValue maxBytes = o.value(QLatin1String("max_bytes"));
    if (!maxBytes.isUndefined() && !maxBytes.isNull()) {
        // Up to 1 TiB: far above any file that fits in memory, and exact as a double.
        constexpr double kLargestLimit = 1099511627776.0;
        const double bytes = maxBytes.toDouble(-1.0);
        if (!maxBytes.isDouble() || !(bytes >= 1.0 && bytes <= kLargestLimit) ||
            bytes != std::floor(bytes))
            errors << QStringLiteral("max_bytes must be a whole number of bytes from 1 to "
                                     "1099511627776 (1 TiB); it is %1.")
                          .arg(QString::fromUtf8(QJsonDocument(QJsonArray{maxBytes})
                                                     .toJson(QJsonDocument::Compact)
                                                     .mid(1)
                                                     .chopped(1)));
        else
            settings.csv.maxBytes = static_cast<qint64>(bytes);
    }
    settings.roles.ds = o.value(QLatin1String("date_column")).toString();
    settings.roles.y = o.value(QLatin1String("value_column")).toString();
    settings.roles.cap = o.value(QLatin1String("cap_column")).toString();
    settings.roles.floor = o.value(QLatin1String("floor_column")).toString();
    settings.roles.group = o.value(QLatin1String("group_column")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("regressor_columns")).toArray())
        settings.roles.regressors << v.toString();
    return settings;
}

QJsonObject PipelineJson::writeImport(const ImportSettings &s)
{
    QJsonObject o;
    o.insert(QLatin1String("encoding"), nameOf(kEncodings, s.csv.encoding));
    o.insert(QLatin1String("header"), nameOf(kHeaders, s.csv.header));
    if (!s.csv.delimiter.isNull())
        o.insert(QLatin1String("delimiter"), s.csv.delimiter == QLatin1Char('\t')
                                                 ? QStringLiteral("tab")
                                                 : QString(s.csv.delimiter));
    o.insert(QLatin1String("max_bytes"), static_cast<double>(s.csv.maxBytes));
    const std::pair<const char *, QString> roles[] = {{"date_column", s.roles.ds},
                                                      {"value_column", s.roles.y},
                                                      {"cap_column", s.roles.cap},
                                                      {"floor_column", s.roles.floor},
                                                      {"group_column", s.roles.group}};
    for (const auto &[key, value] : roles) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    }
    if (!s.roles.regressors.isEmpty())
        o.insert(QLatin1String("regressor_columns"),
                 QJsonArray::fromStringList(s.roles.regressors));
    return o;
}

CleaningPipeline PipelineJson::readCleaning(const QJsonArray &array, QStringList &errors)
{
    CleaningPipeline pipeline;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        CleaningStep step;
        step.kind = lookUp(kSteps, o.value(QLatin1String("step")), CleaningStep::Kind::FillMissing,
                           "cleaning step", errors);
        step.aggregator = lookUp(kAggregators, o.value(QLatin1String("aggregator")),
                                 CleaningStep::Aggregator::Mean, "aggregator", errors);
        step.fill = lookUp(kFills, o.value(QLatin1String("fill")), CleaningStep::Fill::Leave,
                           "way to fill missing values", errors);
        step.transform = lookUp(kTransforms, o.value(QLatin1String("transform")),
                                ValueTransform::Kind::Log, "transform", errors);
        if (o.contains(QLatin1String("freq"))) {
            const auto frequency =
                Frequency::fromPandasAlias(o.value(QLatin1String("freq")).toString().toStdString());
            if (frequency)
                step.frequency = *frequency;
            else
                errors << QStringLiteral("\"%1\" is not a frequency (try D, W, MS or M).")
                              .arg(o.value(QLatin1String("freq")).toString());
        }
        step.from = readOptionalDate(o.value(QLatin1String("from")), "start", errors);
        step.to = readOptionalDate(o.value(QLatin1String("to")), "end", errors);
        step.groupValue = o.value(QLatin1String("value")).toString();
        for (const QJsonValue &row : o.value(QLatin1String("rows")).toArray())
            step.rows << row.toInt();
        if (o.value(QLatin1String("threshold")).isDouble())
            step.outlierThreshold = o.value(QLatin1String("threshold")).toDouble();
        pipeline.append(step);
    }
    return pipeline;
}

QJsonArray PipelineJson::writeCleaning(const CleaningPipeline &pipeline)
{
    QJsonArray array;
    for (const CleaningStep &step : pipeline.steps()) {
        QJsonObject o{{"step", nameOf(kSteps, step.kind)}};
        switch (step.kind) {
        case CleaningStep::Kind::AggregateDuplicates:
            o.insert(QLatin1String("aggregator"), nameOf(kAggregators, step.aggregator));
            break;
        case CleaningStep::Kind::FillMissing:
            o.insert(QLatin1String("fill"), nameOf(kFills, step.fill));
            break;
        case CleaningStep::Kind::ExcludeOutliers: {
            QJsonArray rows;
            for (int row : step.rows)
                rows.append(row);
            o.insert(QLatin1String("rows"), rows);
            o.insert(QLatin1String("threshold"), step.outlierThreshold);
            break;
        }
        case CleaningStep::Kind::Transform:
            o.insert(QLatin1String("transform"), nameOf(kTransforms, step.transform));
            break;
        case CleaningStep::Kind::Resample:
            o.insert(QLatin1String("freq"), QString::fromStdString(step.frequency.toPandasAlias()));
            o.insert(QLatin1String("aggregator"), nameOf(kAggregators, step.aggregator));
            break;
        case CleaningStep::Kind::DateRange:
            if (step.from)
                o.insert(QLatin1String("from"),
                         QString::fromStdString(formatTimestamp(*step.from)));
            if (step.to)
                o.insert(QLatin1String("to"), QString::fromStdString(formatTimestamp(*step.to)));
            break;
        case CleaningStep::Kind::SelectGroup:
            o.insert(QLatin1String("value"), step.groupValue);
            break;
        }
        array.append(o);
    }
    return array;
}

} // namespace prognos
