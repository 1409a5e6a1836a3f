#include "ui/chartdecimator.h"
#include "ui/cleaningpanel.h"
#include "ui/datapage.h"
#include "ui/mainwindow.h"
#include "ui/rawchartview.h"
#include "ui/session.h"
#include "ui/sessionwidget.h"

#include "holidays/holidaycalendar.h"

#include <QCheckBox>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTest>

#include <cmath>
#include <set>

using namespace prognos;

class TestRawChartView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void flagsTheSampleAtTheReportedRows();
    void showsTheCleanedSeriesBesideTheRaw();
    void marksTheHolidaysOfTheSettings();

private:
    MainWindow *m_window = nullptr;
    SessionWidget *m_widget = nullptr;
    RawChartView *m_chart = nullptr;
};

void TestRawChartView::init()
{
    m_window = new MainWindow;
    QVERIFY(m_window->openSample());
    m_widget = m_window->currentSession();
    m_chart = m_widget->dataPage()->rawChart();
}

void TestRawChartView::cleanup()
{
    delete m_window;
}

void TestRawChartView::flagsTheSampleAtTheReportedRows()
{
    const SeriesTable &raw = m_widget->session()->import().series;
    // The report, made here independently of the session.
    const QualityReport report = QualityReport::analyse(raw);
    QVERIFY(report.outliers.size() >= 3);

    QList<int> outlierRows;
    for (const Outlier &outlier : report.outliers)
        outlierRows.append(outlier.row);
    using Flag = RawChartView::Flag;
    QCOMPARE(m_chart->flagRecords(Flag::Outlier), outlierRows);
    QCOMPARE(m_chart->flagRecords(Flag::Missing), report.missingRows);
    QCOMPARE(m_chart->flagRecords(Flag::Missing), QList<int>({46, 47, 311, 612, 903, 1151}));
    QVERIFY(m_chart->flagRecords(Flag::Duplicate).isEmpty());
    QVERIFY(m_chart->flagRecords(Flag::Excluded).isEmpty());

    // Each outlier marker sits on its row's date and value.
    const QList<QPointF> outliers = m_chart->flagSeries(Flag::Outlier)->points();
    QCOMPARE(outliers.size(), report.outliers.size());
    for (qsizetype i = 0; i < outliers.size(); ++i) {
        const Outlier &outlier = report.outliers.at(i);
        QCOMPARE(outliers[i].x(), ChartDecimator::toAxis(raw.ds[outlier.index]));
        QCOMPARE(outliers[i].y(), raw.y[outlier.index]);
        QVERIFY(m_chart->flagToolTip(Flag::Outlier, int(i))
                    .startsWith(QStringLiteral("Row %1,").arg(outlier.row)));
    }
    // Missing markers sit on the date of their row, at the last value before it.
    const QList<QPointF> missing = m_chart->flagSeries(Flag::Missing)->points();
    QCOMPARE(missing.size(), 6);
    QCOMPARE(missing[0].x(), ChartDecimator::toAxis(raw.ds[45]));
    QCOMPARE(missing[0].y(), raw.y[44]);
    QCOMPARE(missing[1].y(), raw.y[44]);
    QVERIFY(m_chart->flagToolTip(Flag::Missing, 0).contains(QStringLiteral("2021-02-15")));

    // Distinct marker styles.
    std::set<int> shapes;
    for (Flag flag : {Flag::Missing, Flag::Outlier, Flag::Duplicate, Flag::Excluded})
        shapes.insert(int(m_chart->flagSeries(flag)->markerShape()));
    QCOMPARE(shapes.size(), std::size_t(4));
}

void TestRawChartView::showsTheCleanedSeriesBesideTheRaw()
{
    const SeriesTable &raw = m_widget->session()->import().series;
    QCOMPARE(m_chart->rawSeries()->count(), int(raw.size()) - 6);
    QVERIFY(!m_chart->cleanedSeries()->isVisible());

    m_widget->cleaningPanel()->addStep(CleaningStep::excludeOutliers());
    const CleaningResult &cleaned = m_widget->session()->cleaned();
    using Flag = RawChartView::Flag;
    QCOMPARE(m_chart->flagRecords(Flag::Excluded), cleaned.excludedRows);
    QVERIFY(m_chart->cleanedSeries()->isVisible());
    // Before: every value; after: without the six missing and the excluded ones.
    QCOMPARE(m_chart->rawSeries()->count(), int(raw.size()) - 6);
    QCOMPARE(m_chart->cleanedSeries()->count(),
             int(raw.size()) - 6 - int(cleaned.excludedRows.size()));

    m_window->undoAction()->trigger();
    QVERIFY(!m_chart->cleanedSeries()->isVisible());
    QVERIFY(m_chart->flagRecords(Flag::Excluded).isEmpty());
}

void TestRawChartView::marksTheHolidaysOfTheSettings()
{
    Session *session = m_widget->session();
    QCheckBox *box = m_widget->dataPage()->showHolidaysBox();
    QCOMPARE(box->text(), QStringLiteral("Show holidays"));
    QVERIFY(!box->isChecked());
    QVERIFY(m_chart->holidaySeries().isEmpty());

    ProphetConfig config = session->config();
    config.countryHolidays = "US";
    HolidayEvent own;
    own.name = "Store anniversary";
    own.day = QDate(1970, 1, 1).daysTo(QDate(2022, 3, 15));
    config.holidays.push_back(own);
    config.countryHolidayOverrides.push_back({"Columbus Day", false, 0, 0, {}});
    session->setConfig(config);
    box->setChecked(true);

    // Every US holiday within the span of the sample, one line per date.
    const QualityReport &quality = session->rawQuality();
    const qint64 firstDay = quality.first / kMsPerDay, lastDay = quality.last / kMsPerDay;
    std::set<qint64> days = {own.day};
    for (const HolidayEvent &event : HolidayCalendar::holidays("US", 2021, 2024)) {
        if (event.day >= firstDay && event.day <= lastDay && event.name != "Columbus Day")
            days.insert(event.day);
    }
    const QList<QLineSeries *> &lines = m_chart->holidaySeries();
    QCOMPARE(std::size_t(lines.size()), days.size());
    QCOMPARE(std::size_t(m_chart->holidays().size()), days.size());
    auto day = days.begin();
    for (qsizetype i = 0; i < lines.size(); ++i, ++day) {
        QCOMPARE(lines[i]->count(), 2);
        QCOMPARE(lines[i]->at(0).x(), ChartDecimator::toAxis(*day * kMsPerDay));
        QCOMPARE(lines[i]->at(1).x(), lines[i]->at(0).x());
    }
    const auto named = [this](const QDate &date) {
        const Timestamp ts = QDate(1970, 1, 1).daysTo(date) * kMsPerDay;
        for (const HolidayMarker &marker : m_chart->holidays()) {
            if (marker.date == ts)
                return marker.names;
        }
        return QString();
    };
    QCOMPARE(named(QDate(2021, 12, 25)), QStringLiteral("Christmas Day"));
    QCOMPARE(named(QDate(2022, 3, 15)), QStringLiteral("Store anniversary"));
    QCOMPARE(named(QDate(2021, 10, 11)), QString()); // Columbus Day, switched off

    box->setChecked(false);
    QVERIFY(m_chart->holidaySeries().isEmpty());
}

QTEST_MAIN(TestRawChartView)
#include "tst_rawchartview.moc"
