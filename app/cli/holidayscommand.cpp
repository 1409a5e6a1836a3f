#include "holidayscommand.h"

#include "data/csvwriter.h"
#include "holidays/holidaycalendar.h"

#include <QCommandLineParser>

namespace prognos {

int HolidaysCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints the public holidays of a country."));
    parser.addOption({QStringLiteral("country"), tr("Country code, e.g. US."), tr("code")});
    parser.addOption({QStringLiteral("from"), tr("First year."), tr("year")});
    parser.addOption({QStringLiteral("to"), tr("Last year."), tr("year")});
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return ExitBadInput;
    }
    const QString code = parser.value(QStringLiteral("country")).toUpper();
    if (!HolidayCalendar::isKnown(code.toStdString())) {
        QStringList codes;
        for (const std::string &c : HolidayCalendar::countryCodes())
            codes << QString::fromStdString(c);
        err << tr("Unknown country \"%1\". Known codes: %2.").arg(code, codes.join(u' '))
            << Qt::endl;
        return ExitBadInput;
    }
    bool fromOk = false;
    bool toOk = false;
    const int from = parser.value(QStringLiteral("from")).toInt(&fromOk);
    const int to = parser.value(QStringLiteral("to")).toInt(&toOk);
    if (!fromOk || !toOk || from > to || to - from > 1000) {
        err << tr("Give the years as --from YEAR --to YEAR, the first not after the last.")
            << Qt::endl;
        return ExitBadInput;
    }
    out << "ds,holiday\n";
    for (const HolidayEvent &h : HolidayCalendar::holidays(code.toStdString(), from, to)) {
        out << QString::fromStdString(formatTimestamp(h.day * kMsPerDay)) << ','
            << CsvWriter::escapeText(QString::fromStdString(h.name)) << '\n';
    }
    for (int year = from; year <= to; ++year) {
        if (!HolidayCalendar::isComplete(code.toStdString(), year)) {
            err << tr("Holidays of %1 that follow a lunar or astronomical calendar are known "
                      "only until %2; later years list only the holidays that follow rules.")
                       .arg(code)
                       .arg(HolidayCalendar::tabulatedUntil(code.toStdString()).value_or(0))
                << Qt::endl;
            break;
        }
    }
    return ExitDone;
}

} // namespace prognos
