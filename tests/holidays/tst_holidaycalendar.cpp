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
    row("US", "2050-11-24", "Thanksgiving");
    row("US", "2049-12-31", "New Year's Day (Observed)");
    row("US", "2045-01-16", "Martin Luther King Jr. Day");
    row("US", "2060-05-31", "Memorial Day");
    row("US", "2048-07-03", "Independence Day (Observed)");
    row("CA", "2050-05-23", "Victoria Day");
    row("CA", "2049-12-27", "Boxing Day (Observed)");
    row("GB", "2050-04-11", "Easter Monday [England");
    row("GB", "2049-12-27", "Christmas Day (Observed)");
    row("GB", "2055-05-31", "Spring Bank Holiday");
    row("AU", "2045-01-02", "New Year's Day (Observed)");
    row("NZ", "2049-04-26", "Anzac Day (Observed)");
    row("IE", "2050-10-31", "October Bank Holiday");
    row("DE", "2050-05-30", "Pfingstmontag");
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
    // Rule-only calendars are complete for any year.
    QVERIFY(!HolidayCalendar::tabulatedUntil("US"));
    QVERIFY(HolidayCalendar::isComplete("US", 2100));

    // Lunar holidays come from tables that end with the reference years.
    QCOMPARE(HolidayCalendar::tabulatedUntil("CN"), std::optional<int>(kLastYear));
    QVERIFY(HolidayCalendar::isComplete("CN", kLastYear));
    QVERIFY(!HolidayCalendar::isComplete("CN", kLastYear + 1));
    QVERIFY(!HolidayCalendar::holidays("CN", kLastYear + 1).empty());
}

QTEST_APPLESS_MAIN(TestHolidayCalendar)
#include "tst_holidaycalendar.moc"
