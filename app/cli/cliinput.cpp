#include "cliinput.h"

#include "clicommand.h"

#include "data/csvreader.h"
#include "data/dataimporter.h"
#include "holidays/holidaycalendar.h"
#include "settings/pipelinejson.h"
#include "settings/settingsjson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace prognos {

int CliInput::readSettings(const QString &path, ForecastRequest &request, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("Cannot read the settings file: %1").arg(file.errorString()) << Qt::endl;
        return ExitBadInput;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        err << tr("The settings file is not a JSON object: %1 at character %2.")
                   .arg(parseError.errorString())
                   .arg(parseError.offset)
            << Qt::endl;
        return ExitBadInput;
    }
    const QJsonObject o = document.object();
    QStringList errors;
    request.config = SettingsJson::readModel(o, request.warnings, errors);
    const HorizonSettings horizon = SettingsJson::readHorizon(o, errors);
    request.horizon = horizon.periods;
    request.frequency = horizon.frequency;
    request.import = PipelineJson::readImport(o.value(QLatin1String("import")).toObject(), errors);
    request.cleaning =
        PipelineJson::readCleaning(o.value(QLatin1String("cleaning")).toArray(), errors);
    for (const QString &warning : std::as_const(request.warnings))
        err << tr("Warning: %1").arg(warning) << Qt::endl;
    for (const QString &error : std::as_const(errors))
        err << error << Qt::endl;
    return errors.isEmpty() ? ExitDone : ExitBadInput;
}

int CliInput::applyColumnOptions(const QString &dateColumn, const QString &valueColumn,
                                 const QString &country, ForecastRequest &request, QTextStream &err)
{
    if (!dateColumn.isEmpty())
        request.import.roles.ds = dateColumn;
    if (!valueColumn.isEmpty())
        request.import.roles.y = valueColumn;
    if (!country.isEmpty()) {
        const QString code = country.toUpper();
        if (!HolidayCalendar::isKnown(code.toStdString())) {
            err << tr("Unknown country code \"%1\"; `prognos-cli holidays` lists the codes.")
                       .arg(code)
                << Qt::endl;
            return ExitBadInput;
        }
        request.config.countryHolidays = code.toStdString();
    }
    // The model's regressor and condition columns are columns the import must keep.
    QStringList &columns = request.import.roles.regressors;
    for (const RegressorSpec &r : request.config.regressors) {
        if (!columns.contains(QString::fromStdString(r.name)))
            columns << QString::fromStdString(r.name);
    }
    for (const SeasonalitySpec &s : request.config.seasonalities) {
        const QString name = QString::fromStdString(s.conditionName);
        if (!name.isEmpty() && !columns.contains(name))
            columns << name;
    }
    if (const std::vector<std::string> problems = request.config.validate(); !problems.empty()) {
        for (const std::string &problem : problems)
            err << QString::fromStdString(problem) << Qt::endl;
        return ExitBadInput;
    }
    return ExitDone;
}

int CliInput::importAndClean(const ForecastRequest &request, ImportResult &imported,
                             CleaningResult &cleaned, QTextStream &err)
{
    QFile file(request.dataPath);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("Cannot read the data file: %1").arg(file.errorString()) << Qt::endl;
        return ExitBadInput;
    }
    if (file.size() > request.import.csv.maxBytes) {
        err << CsvReader::sizeProblem(file.size(), request.import.csv.maxBytes) << Qt::endl;
        return ExitBadInput;
    }
    QByteArray bytes = file.readAll();
    imported = DataImporter::import(bytes, request.import);
    // An ASCII table shares the file's bytes as its cells and they are wiped when it is freed;
    // filling a shared array would only detach and fill a fresh copy.
    if (bytes.isDetached())
        bytes.fill('\0');
    for (const QString &note : std::as_const(imported.notes))
        err << printable(note) << Qt::endl;
    printFindings(imported.findings, err);
    if (!imported.ok()) {
        err << (imported.error.isEmpty() ? tr("The data cannot be used as it is; see above.")
                                         : printable(imported.error))
            << Qt::endl;
        return ExitBadInput;
    }
    cleaned = request.cleaning.apply(imported.series);
    for (const QString &line : std::as_const(cleaned.log))
        err << printable(line) << Qt::endl;
    if (!cleaned.ok) {
        err << printable(cleaned.error) << Qt::endl;
        return ExitBadInput;
    }
    return ExitDone;
}

void CliInput::printFindings(const ImportFindings &findings, QTextStream &err)
{
    for (const ImportFinding &f : findings) {
        QStringList where;
        if (f.row > 0 && f.line > 0 && f.line != f.row + 1)
            where << tr("row %1 (line %2)").arg(f.row).arg(f.line);
        else if (f.row > 0)
            where << tr("row %1").arg(f.row);
        else if (f.line > 0)
            where << tr("line %1").arg(f.line);
        if (!f.column.isEmpty())
            where << tr("column %1").arg(f.column);
        if (!f.rawValue.isNull())
            where << tr("value \"%1\"").arg(f.rawValue);
        const QString prefix =
            where.isEmpty() ? QString() : where.join(QStringLiteral(", ")) + QStringLiteral(": ");
        err << printable(prefix + f.reason) << Qt::endl;
    }
}

QString CliInput::printable(const QString &text)
{
    // Control characters from the file (escape sequences, NUL, C1 codes) would act on the
    // user's terminal; they are shown as \xNN instead.
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (code < 0x20 || code == 0x7f || (code >= 0x80 && code < 0xa0))
            out += QStringLiteral("\\x%1").arg(int(code), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace prognos
