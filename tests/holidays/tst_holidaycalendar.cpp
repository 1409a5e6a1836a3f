#include "engine/timestamp.h"
#include "holidays/holidaycalendar.h"

#include <QtTest>

#include <QFile>
#include <QHash>
#include <QSet>

using namespace prognos;
using namespace Qt::StringLiterals;

// Checks the country calendars against R Prophet 1.0's generated holidays table (when
// ../shared is available), against dates past the table that follow from the rules, and the
// API's bookkeeping (codes, names, table ranges, ordering).
class TestHolidayCalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesProphetTable_data();
    void matchesProphetTable();
    void rulesContinuePastTable_data();
    void rulesContinuePastTable();
    void countryCodesAndNames();
    void unknownCountryIsEmpty();
    void eventsSortedByDayThenName();
    void tablesEndIsReported();

private:
    static constexpr int kFirstYear = 1995;
    static constexpr int kLastYear = 2044;

    // Rows of the reference table, as "ds,holiday" strings per country.
    QHash<QString, QSet<QString>> m_reference;
    QString m_referencePath;
    bool m_haveReference = false;
};

static QString rowText(const HolidayEvent &event)
{
    return QString::fromStdString(CivilTime::fromDays(event.day).toString()) + u',' +
           QString::fromStdString(event.name);
}

void TestHolidayCalendar::initTestCase()
{
    const QByteArray shared = qgetenv("PROGNOS_SHARED_DIR");
    if (shared.isEmpty())
        return;
    m_referencePath =
        QString::fromLocal8Bit(shared) + u"/reference/holidays/r_prophet_generated_holidays.csv"_s;
    QFile file(m_referencePath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return;

    // Every line reads "country","ds","holiday"; no field contains a quote.
    file.readLine();
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const QStringList fields = line.mid(1, line.size() - 2).split(u"\",\""_s);
        if (fields.size() != 3)
            QFAIL(qPrintable(u"Malformed reference line: "_s + line));
        m_reference[fields[0]].insert(fields[1] + u',' + fields[2]);
    }
    m_haveReference = !m_reference.isEmpty();
}

void TestHolidayCalendar::matchesProphetTable_data()
{
    QTest::addColumn<QString>("country");
    for (const auto &code : HolidayCalendar::countryCodes())
        QTest::newRow(code.c_str()) << QString::fromStdString(code);
}

void TestHolidayCalendar::matchesProphetTable()
{
    QFETCH(QString, country);
    if (!m_haveReference)
        QSKIP("R Prophet's holidays table not found: set PROGNOS_SHARED_DIR to the shared "
              "folder holding reference/holidays/r_prophet_generated_holidays.csv");
    QVERIFY2(m_reference.contains(country), "country missing from the reference table");

    QSet<QString> produced;
    for (const auto &event :
         HolidayCalendar::holidays(country.toStdString(), kFirstYear, kLastYear))
        produced.insert(rowText(event));

    const QSet<QString> &expected = m_reference.value(country);
    QStringList missing = QSet<QString>(expected).subtract(produced).values();
    QStringList extra = QSet<QString>(produced).subtract(expected).values();
    missing.sort();
    extra.sort();
    const QString message = u"%1 missing (first: %2), %3 extra (first: %4)"_s.arg(missing.size())
                                .arg(missing.mid(0, 5).join(u"; "_s))
                                .arg(extra.size())
                                .arg(extra.mid(0, 5).join(u"; "_s));
    QVERIFY2(missing.isEmpty() && extra.isEmpty(), qPrintable(message));
}

void TestHolidayCalendar::rulesContinuePastTable_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("name");

    const auto row = [](const char *country, const char *date, const char *name) {
        QTest::addRow("%s %s %s", country, date, name)
            << QString::fromLatin1(country) << QString::fromLatin1(date)
            << QString::fromLatin1(name);
    };
    // One rule-based holiday per country, from the rules as they stand in 2044.
    row("AE", "2050-12-02", "National Day");
    row("AR", "2050-02-21", "Dia de Carnaval [Carnival's Day]");
    row("AT", "2050-06-09", "Fronleichnam");
    row("AU", "2047-01-28", "Australia Day (Observed)");
    row("AW", "2051-02-13", "Dialuna di Carnaval             [Carnaval Monday]");
    row("BD", "2055-12-16", "Victory Day");
    row("BE", "2050-05-19", "O.L.H. Hemelvaart");
    row("BR", "2050-11-15", "Republic Proclamation Day");
    row("CA", "2050-05-23", "Victoria Day");
    row("CH", "2050-05-19", "Auffahrt");
    row("CL", "2050-04-08", "Semana Santa (Viernes Santo)  [Holy day (Holy Friday)]");
    row("CN", "2050-04-05", "Tomb-Sweeping Day");
    row("CO", "2050-01-10", "Dia de los Reyes Magos [Epiphany](Observed)");
    row("CZ", "2050-04-11", "Velikonocni pondeli");
    row("DE", "2050-05-30", "Pfingstmontag");
    row("DK", "2050-05-06", "Store bededag");
    row("DO", "2050-01-24", "Dia de Duarte [Juan Pablo Duarte Day]");
    row("EE", "2050-05-29", "nelipuhade 1. puha");
    row("EG", "2050-04-18", "Sham El Nessim");
    row("ES", "2050-12-06", "Dia de la constitucion Espanola");
    row("FI", "2050-06-24", "Juhannusaatto");
    row("GB", "2050-05-30", "Spring Bank Holiday");
    row("GR", "2050-02-28", "[Clean Monday]");
    row("HK", "2050-04-09", "The day following Good Friday");
    row("HN", "2050-10-04", "Semana Morazanica [Morazan Weekend]");
    row("HR", "2050-06-09", "Tijelovo");
    row("HU", "2050-05-30", "Punkosdhetfo");
    row("ID", "2050-05-19", "Ascension of Jesus");
    row("IE", "2050-10-31", "October Bank Holiday");
    row("IN", "2050-04-03", "Palm Sunday");
    row("IS", "2050-04-21", "Sumardagurinn fyrsti");
    row("IT", "2050-04-11", "Lunedi dell'Angelo");
    row("KE", "2050-04-11", "Easter Monday");
    row("LT", "2050-04-10", "Velykos");
    row("LU", "2050-05-30", "Pengschtmeindeg");
    row("MA", "2050-07-30", "Fete du Trone");
    row("MX", "2050-11-21", "Dia de la Revolucion [Revolution Day] (Observed)");
    row("MY", "2050-09-16", "Malaysia Day");
    row("NG", "2050-10-01", "Independence day");
    row("NI", "2050-04-07", "Jueves Santo [Maundy Thursday]");
    row("NL", "2050-04-27", "Koningsdag");
    row("NO", "2050-01-02", "Sndag");
    row("NZ", "2050-10-24", "Labour Day");
    row("PE", "2050-04-08", "Viernes Santo [Good Friday]");
    row("PH", "2050-04-07", "Maundy Thursday");
    row("PK", "2050-03-23", "Pakistan Day");
    row("PL", "2050-06-09", "Dzien Bozego Ciaa");
    row("PT", "2050-06-09", "Corpo de Deus");
    row("PY", "2050-04-10", "Dia de Pascuas [Easter Day]");
    row("RU", "2050-01-07", "Orthodox Christmas Day");
    row("SE", "2050-06-25", "Midsommardagen");
    row("SG", "2050-04-08", "Good Friday");
    row("SI", "2050-04-11", "Velikonocni ponedeljek");
    row("SK", "2050-04-08", "Velky piatok");
    row("TH", "2050-04-06", "Chakri Memorial Day");
    row("TR", "2050-07-15", "Democracy and National Unity Day");
    row("TU", "2050-10-29", "Republic Day");
    row("UK", "2050-08-29", "Late Summer Bank Holiday [England");
    row("US", "2050-11-24", "Thanksgiving");
    row("VN", "2050-09-02", "National Day");
    row("ZA", "2050-04-11", "Family Day");
    // A few more where observed days and moving rules are involved.
    row("US", "2049-12-31", "New Year's Day (Observed)");
    row("US", "2048-07-03", "Independence Day (Observed)");
    row("CA", "2049-12-27", "Boxing Day (Observed)");
    row("GB", "2049-12-27", "Christmas Day (Observed)");
    row("GB", "2045-01-03", "New Year Holiday [Scotland] (Observed)");
    row("AU", "2045-01-02", "New Year's Day (Observed)");
    row("NZ", "2049-04-26", "Anzac Day (Observed)");
    row("HU", "2046-10-22", "Nemzeti unnep elotti pihenonap");
    row("SG", "2050-12-26", "Monday following Christmas Day");
    row("HK", "2045-01-02", "The day following the first day of January");
    row("ZA", "2050-05-02", "Workers' Day (Observed)");
    row("KE", "2053-06-02", "Madaraka Day (Observed)");
    row("IL", "2050-04-07", "Passover I");
    row("IL", "2050-09-17", "Rosh Hashanah");
}

void TestHolidayCalendar::rulesContinuePastTable()
{
    QFETCH(QString, country);
    QFETCH(QString, date);
    QFETCH(QString, name);
    const auto day = parseIsoTimestamp(date.toStdString());
    QVERIFY(day);
    const int year = date.left(4).toInt();
    const auto events = HolidayCalendar::holidays(country.toStdString(), year);

    const bool found = std::any_of(events.begin(), events.end(), [&](const HolidayEvent &e) {
        return e.day == dayNumber(*day) && e.name == name.toStdString();
    });
    QVERIFY2(found, qPrintable(u"%1 on %2"_s.arg(name, date)));
}

void TestHolidayCalendar::countryCodesAndNames()
{
    const auto codes = HolidayCalendar::countryCodes();
    QCOMPARE(codes.size(), size_t(62));
    QVERIFY(std::is_sorted(codes.begin(), codes.end()));
    for (const auto &code : codes) {
        QVERIFY(HolidayCalendar::isKnown(code));
        QVERIFY2(!HolidayCalendar::countryName(code).empty(), code.c_str());
    }
    QCOMPARE(HolidayCalendar::countryName("US"), std::string("United States"));
    QCOMPARE(HolidayCalendar::countryName("UK"), HolidayCalendar::countryName("GB"));
    QCOMPARE(HolidayCalendar::countryName("TU"), HolidayCalendar::countryName("TR"));
    QCOMPARE(HolidayCalendar::canonicalCode("UK"), std::string("GB"));
    QCOMPARE(HolidayCalendar::canonicalCode("TU"), std::string("TR"));
    QCOMPARE(HolidayCalendar::canonicalCode("US"), std::string("US"));
    QVERIFY(HolidayCalendar::canonicalCode("XX").empty());

    // The engine's provider gives the same events.
    const auto provided = HolidayCalendar::provider()("US", 2050);
    QCOMPARE(provided.size(), HolidayCalendar::holidays("US", 2050).size());
    QVERIFY(HolidayCalendar::provider()("XX", 2050).empty());

    // Aliases share their calendar.
    QCOMPARE(HolidayCalendar::holidays("UK", 2031).size(),
             HolidayCalendar::holidays("GB", 2031).size());
    QCOMPARE(HolidayCalendar::tabulatedUntil("TU"), HolidayCalendar::tabulatedUntil("TR"));
}

void TestHolidayCalendar::unknownCountryIsEmpty()
{
    QVERIFY(!HolidayCalendar::isKnown("XX"));
    QVERIFY(!HolidayCalendar::isKnown("us"));
    QVERIFY(HolidayCalendar::countryName("XX").empty());
    QVERIFY(HolidayCalendar::holidays("XX", 2020).empty());
    QVERIFY(!HolidayCalendar::tabulatedUntil("XX"));
    QVERIFY(!HolidayCalendar::isComplete("XX", 2020));
}

void TestHolidayCalendar::eventsSortedByDayThenName()
{
    for (const auto &code : HolidayCalendar::countryCodes()) {
        const auto events = HolidayCalendar::holidays(code, 2030);
        QVERIFY2(!events.empty(), code.c_str());
        for (size_t i = 1; i < events.size(); ++i) {
            const auto &a = events[i - 1];
            const auto &b = events[i];
            QVERIFY2(a.day < b.day || (a.day == b.day && a.name < b.name), code.c_str());
        }
        for (const auto &event : events) {
            QCOMPARE(event.lowerWindow, 0);
            QCOMPARE(event.upperWindow, 0);
            QVERIFY(!event.priorScale);
        }
    }
}

void TestHolidayCalendar::tablesEndIsReported()
{
    // Rule-only calendars are complete for any year (Israel's Hebrew calendar is computed).
    QVERIFY(!HolidayCalendar::tabulatedUntil("US"));
    QVERIFY(HolidayCalendar::isComplete("US", 2100));
    QVERIFY(!HolidayCalendar::tabulatedUntil("IL"));
    QVERIFY(HolidayCalendar::isComplete("IL", 2100));

    // Lunar holidays come from tables that end with the reference years.
    QCOMPARE(HolidayCalendar::tabulatedUntil("CN"), std::optional<int>(kLastYear));
    QVERIFY(HolidayCalendar::isComplete("CN", kLastYear));
    QVERIFY(!HolidayCalendar::isComplete("CN", kLastYear + 1));
    QVERIFY(!HolidayCalendar::holidays("CN", kLastYear + 1).empty());
}

QTEST_APPLESS_MAIN(TestHolidayCalendar)
#include "tst_holidaycalendar.moc"
