#include "settingsjson.h"

#include "importlog.h"

#include <QJsonValue>

#include <optional>
#include <utility>

namespace prognos {

namespace {

template <typename T>
using NameTable = std::initializer_list<std::pair<T, const char *>>;

const NameTable<TextEncoding> kEncodings = {
    {TextEncoding::Auto, "auto"},
    {TextEncoding::Utf8, "utf-8"},
    {TextEncoding::Utf16LE, "utf-16le"},
    {TextEncoding::Utf16BE, "utf-16be"},
    {TextEncoding::Windows1252, "windows-1252"},
};
const NameTable<CsvOptions::Header> kHeaders = {
    {CsvOptions::Header::Auto, "auto"},
    {CsvOptions::Header::Present, "yes"},
    {CsvOptions::Header::Absent, "no"},
};
const NameTable<ColumnType::Kind> kKinds = {
    {ColumnType::Kind::Date, "date"},
    {ColumnType::Kind::Number, "number"},
    {ColumnType::Kind::Text, "text"},
};
const NameTable<DateFormat> kDateFormats = {
    {DateFormat::Iso, "YYYY-MM-DD"},
    {DateFormat::YearMonthDay, "YYYY/MM/DD"},
    {DateFormat::DayMonthYear, "DD/MM/YYYY"},
    {DateFormat::MonthDayYear, "MM/DD/YYYY"},
    {DateFormat::DayMonthYearDot, "DD.MM.YYYY"},
    {DateFormat::MonthName, "month name"},
    {DateFormat::ExcelSerial, "excel"},
    {DateFormat::UnixSeconds, "unix s"},
    {DateFormat::UnixMilliseconds, "unix ms"},
    {DateFormat::Year, "year"},
};
const NameTable<CleaningStep::Aggregator> kAggregators = {
    {CleaningStep::Aggregator::Mean, "mean"}, {CleaningStep::Aggregator::Median, "median"},
    {CleaningStep::Aggregator::Sum, "sum"},   {CleaningStep::Aggregator::Min, "min"},
    {CleaningStep::Aggregator::Max, "max"},   {CleaningStep::Aggregator::First, "first"},
    {CleaningStep::Aggregator::Last, "last"},
};
const NameTable<CleaningStep::Fill> kFills = {
    {CleaningStep::Fill::Leave, "leave"},
    {CleaningStep::Fill::Linear, "linear"},
    {CleaningStep::Fill::ForwardFill, "forward_fill"},
    {CleaningStep::Fill::Zero, "zero"},
};
const NameTable<ValueTransform::Kind> kTransforms = {
    {ValueTransform::Kind::Log, "log"},
    {ValueTransform::Kind::Log1p, "log1p"},
};
const NameTable<CleaningStep::Kind> kSteps = {
    {CleaningStep::Kind::AggregateDuplicates, "aggregate_duplicates"},
    {CleaningStep::Kind::FillMissing, "fill_missing"},
    {CleaningStep::Kind::ExcludeOutliers, "exclude_outliers"},
    {CleaningStep::Kind::Transform, "transform"},
    {CleaningStep::Kind::Resample, "resample"},
    {CleaningStep::Kind::DateRange, "date_range"},
    {CleaningStep::Kind::SelectGroup, "select_group"},
};

template <typename T>
QString nameOf(const NameTable<T> &table, T value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

/// Looks up `json[key]` in `table`; warns about an unknown name.
template <typename T>
std::optional<T> lookUp(const NameTable<T> &table, const QJsonObject &json, const QString &key,
                        const QString &where, QStringList &warnings)
{
    if (!json.contains(key))
        return std::nullopt;
    const QString text = json.value(key).toString();
    for (const auto &[v, name] : table) {
        if (text.compare(QLatin1StringView(name), Qt::CaseInsensitive) == 0)
            return v;
    }
    warnings.append(SettingsJson::tr("%1: \u201C%2\u201D is not a known value of \u201C%3\u201D; "
                                     "it is ignored.")
                        .arg(where, text, key));
    return std::nullopt;
}

void warnUnknownKeys(const QJsonObject &json, const QStringList &known, const QString &where,
                     QStringList &warnings)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            warnings.append(SettingsJson::tr("%1: unknown key \u201C%2\u201D is ignored.")
                                .arg(where, it.key()));
    }
}

QString delimiterName(QChar delimiter)
{
    if (delimiter.isNull())
        return QStringLiteral("auto");
    return delimiter == u'\t' ? QStringLiteral("tab") : QString(delimiter);
}

std::optional<QChar> readDelimiter(const QString &text)
{
    if (text == u"auto")
        return QChar();
    if (text == u"tab" || text == u"\t")
        return QChar(u'\t');
    if (text.size() == 1 && QStringView(u",;|").contains(text.front()))
        return text.front();
    return std::nullopt;
}

QJsonObject columnToJson(const ColumnOverride &choice)
{
    QJsonObject json;
    if (choice.kind)
        json[QStringLiteral("type")] = nameOf(kKinds, *choice.kind);
    if (choice.dateFormat)
        json[QStringLiteral("date_format")] = nameOf(kDateFormats, *choice.dateFormat);
    if (choice.decimalMark)
        json[QStringLiteral("decimal_mark")] = QString(*choice.decimalMark);
    return json;
}

ColumnOverride columnFromJson(const QJsonObject &json, const QString &where, QStringList &warnings)
{
    ColumnOverride choice;
    choice.kind = lookUp(kKinds, json, QStringLiteral("type"), where, warnings);
    choice.dateFormat = lookUp(kDateFormats, json, QStringLiteral("date_format"), where, warnings);
    if (json.contains(QStringLiteral("decimal_mark"))) {
        const QString mark = json.value(QStringLiteral("decimal_mark")).toString();
        if (mark == u"." || mark == u",")
            choice.decimalMark = mark.front();
        else
            warnings.append(
                SettingsJson::tr("%1: the decimal mark must be \".\" or \",\".").arg(where));
    }
    warnUnknownKeys(
        json,
        {QStringLiteral("type"), QStringLiteral("date_format"), QStringLiteral("decimal_mark")},
        where, warnings);
    return choice;
}

std::optional<Timestamp> readDate(const QJsonObject &json, const QString &key,
                                  QStringList &warnings)
{
    if (!json.contains(key))
        return std::nullopt;
    const std::optional<Timestamp> ts = parseIsoTimestamp(json.value(key).toString().toStdString());
    if (!ts)
        warnings.append(
            SettingsJson::tr("cleaning: \u201C%1\u201D must be a date such as 2024-01-31.")
                .arg(key));
    return ts;
}

QJsonObject stepToJson(const CleaningStep &step)
{
    QJsonObject json;
    json[QStringLiteral("step")] = nameOf(kSteps, step.kind);
    switch (step.kind) {
    case CleaningStep::Kind::AggregateDuplicates:
        json[QStringLiteral("aggregator")] = nameOf(kAggregators, step.aggregator);
        break;
    case CleaningStep::Kind::FillMissing:
        json[QStringLiteral("method")] = nameOf(kFills, step.fill);
        break;
    case CleaningStep::Kind::ExcludeOutliers: {
        QJsonArray rows;
        for (const int row : step.rows)
            rows.append(row);
        if (!rows.isEmpty())
            json[QStringLiteral("rows")] = rows;
        json[QStringLiteral("threshold")] = step.outlierThreshold;
        break;
    }
    case CleaningStep::Kind::Transform:
        json[QStringLiteral("kind")] = nameOf(kTransforms, step.transform);
        break;
    case CleaningStep::Kind::Resample:
        json[QStringLiteral("frequency")] = QString::fromStdString(step.frequency.toPandasAlias());
        json[QStringLiteral("aggregator")] = nameOf(kAggregators, step.aggregator);
        break;
    case CleaningStep::Kind::DateRange:
        if (step.from)
            json[QStringLiteral("from")] = QString::fromStdString(formatTimestamp(*step.from));
        if (step.to)
            json[QStringLiteral("to")] = QString::fromStdString(formatTimestamp(*step.to));
        break;
    case CleaningStep::Kind::SelectGroup:
        json[QStringLiteral("value")] = step.groupValue;
        break;
    }
    return json;
}

std::optional<CleaningStep> stepFromJson(const QJsonObject &json, const QString &where,
                                         QStringList &warnings)
{
    const std::optional<CleaningStep::Kind> kind =
        lookUp(kSteps, json, QStringLiteral("step"), where, warnings);
    if (!kind) {
        if (!json.contains(QStringLiteral("step")))
            warnings.append(
                SettingsJson::tr("%1: a step needs a \u201Cstep\u201D name; it is skipped.")
                    .arg(where));
        return std::nullopt;
    }
    CleaningStep step;
    step.kind = *kind;
    step.aggregator = lookUp(kAggregators, json, QStringLiteral("aggregator"), where, warnings)
                          .value_or(step.aggregator);
    step.fill = lookUp(kFills, json, QStringLiteral("method"), where, warnings).value_or(step.fill);
    step.transform =
        lookUp(kTransforms, json, QStringLiteral("kind"), where, warnings).value_or(step.transform);
    step.outlierThreshold = json.value(QStringLiteral("threshold")).toDouble(step.outlierThreshold);
    for (const QJsonValue row : json.value(QStringLiteral("rows")).toArray())
        step.rows.append(row.toInt());
    step.from = readDate(json, QStringLiteral("from"), warnings);
    step.to = readDate(json, QStringLiteral("to"), warnings);
    step.groupValue = json.value(QStringLiteral("value")).toString();
    if (step.kind == CleaningStep::Kind::Resample) {
        const auto frequency = Frequency::fromPandasAlias(
            json.value(QStringLiteral("frequency")).toString().toStdString());
        if (!frequency) {
            warnings.append(SettingsJson::tr("%1: resample needs a frequency such as \"W\" or "
                                             "\"MS\"; the step is skipped.")
                                .arg(where));
            return std::nullopt;
        }
        step.frequency = *frequency;
    }
    warnUnknownKeys(json,
                    {QStringLiteral("step"), QStringLiteral("aggregator"), QStringLiteral("method"),
                     QStringLiteral("kind"), QStringLiteral("threshold"), QStringLiteral("rows"),
                     QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("value"),
                     QStringLiteral("frequency")},
                    where, warnings);
    return step;
}

} // namespace

QJsonObject SettingsJson::toJson(const ImportSettings &settings)
{
    QJsonObject json;
    json[QStringLiteral("encoding")] = nameOf(kEncodings, settings.csv.encoding);
    json[QStringLiteral("delimiter")] = delimiterName(settings.csv.delimiter);
    json[QStringLiteral("header")] = nameOf(kHeaders, settings.csv.header);
    json[QStringLiteral("max_bytes")] = double(settings.csv.maxBytes);
    const std::pair<const char *, const QString *> roles[] = {
        {"date_column", &settings.roles.ds},     {"value_column", &settings.roles.y},
        {"cap_column", &settings.roles.cap},     {"floor_column", &settings.roles.floor},
        {"group_column", &settings.roles.group},
    };
    for (const auto &[key, value] : roles) {
        if (!value->isEmpty())
            json[QLatin1StringView(key)] = *value;
    }
    if (!settings.roles.regressors.isEmpty())
        json[QStringLiteral("regressor_columns")] =
            QJsonArray::fromStringList(settings.roles.regressors);
    QJsonObject columns;
    for (auto it = settings.columnTypes.begin(); it != settings.columnTypes.end(); ++it)
        columns[it.key()] = columnToJson(it.value());
    if (!columns.isEmpty())
        json[QStringLiteral("columns")] = columns;
    return json;
}

ImportSettings SettingsJson::importSettings(const QJsonObject &json, QStringList &warnings)
{
    const QString where = QStringLiteral("import");
    ImportSettings settings;
    settings.csv.encoding = lookUp(kEncodings, json, QStringLiteral("encoding"), where, warnings)
                                .value_or(TextEncoding::Auto);
    settings.csv.header = lookUp(kHeaders, json, QStringLiteral("header"), where, warnings)
                              .value_or(CsvOptions::Header::Auto);
    if (json.contains(QStringLiteral("delimiter"))) {
        const std::optional<QChar> delimiter =
            readDelimiter(json.value(QStringLiteral("delimiter")).toString());
        if (delimiter)
            settings.csv.delimiter = *delimiter;
        else
            warnings.append(
                tr("import: the delimiter must be auto, \",\", \";\", \"tab\" or \"|\"."));
    }
    const double maxBytes = json.value(QStringLiteral("max_bytes")).toDouble(-1.0);
    if (maxBytes > 0)
        settings.csv.maxBytes = qint64(maxBytes);
    settings.roles.ds = json.value(QStringLiteral("date_column")).toString();
    settings.roles.y = json.value(QStringLiteral("value_column")).toString();
    settings.roles.cap = json.value(QStringLiteral("cap_column")).toString();
    settings.roles.floor = json.value(QStringLiteral("floor_column")).toString();
    settings.roles.group = json.value(QStringLiteral("group_column")).toString();
    for (const QJsonValue name : json.value(QStringLiteral("regressor_columns")).toArray())
        settings.roles.regressors.append(name.toString());
    const QJsonObject columns = json.value(QStringLiteral("columns")).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        settings.columnTypes.insert(
            it.key(), columnFromJson(it.value().toObject(), where + u'.' + it.key(), warnings));
    }
    warnUnknownKeys(json,
                    {QStringLiteral("encoding"), QStringLiteral("delimiter"),
                     QStringLiteral("header"), QStringLiteral("max_bytes"),
                     QStringLiteral("date_column"), QStringLiteral("value_column"),
                     QStringLiteral("cap_column"), QStringLiteral("floor_column"),
                     QStringLiteral("group_column"), QStringLiteral("regressor_columns"),
                     QStringLiteral("columns")},
                    where, warnings);
    if (!warnings.isEmpty())
        qCInfo(lcImport) << warnings.size() << "import settings warnings";
    return settings;
}

QJsonArray SettingsJson::toJson(const CleaningPipeline &pipeline)
{
    QJsonArray json;
    for (const CleaningStep &step : pipeline.steps())
        json.append(stepToJson(step));
    return json;
}

CleaningPipeline SettingsJson::cleaningPipeline(const QJsonArray &json, QStringList &warnings)
{
    CleaningPipeline pipeline;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QString where = tr("cleaning step %1").arg(i + 1);
        if (const auto step = stepFromJson(json.at(i).toObject(), where, warnings))
            pipeline.append(*step);
    }
    return pipeline;
}

} // namespace prognos
