#include "ui/chartdecimator.h"
#include "ui/componentchartsview.h"
#include "ui/forecastchartview.h"
#include "ui/forecastrunner.h"
#include "ui/mainwindow.h"
#include "ui/modelsettingspanel.h"
#include "ui/session.h"
#include "ui/sessionwidget.h"

#include "holidays/holidaycalendar.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <memory>
#include <numbers>

using namespace prognos;

namespace {

constexpr int kRunTimeoutMs = 240'000;

// Records the longest time between two ticks of a 5 ms timer on the GUI thread.
class GapRecorder : public QObject
{
public:
    GapRecorder()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart();
            m_longest = std::max(m_longest, gap);
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 longest() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

} // namespace

class TestForecastRun : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void chartShowsTheEnginesForecast();
    void componentChartsFollowPlotComponents();
    void cancelStopsWithin100Ms();
    void changingSettingsCancelsTheStaleRun();
    void invalidSettingsDisableRunWithTheReason();
    void eventLoopStaysResponsiveDuringTheFit();

private:
    SessionWidget *session() const { return m_window->currentSession(); }
    bool waitForResult();
    void openLongSeries();

    MainWindow *m_window = nullptr;
};

void TestForecastRun::init()
{
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openSample());
}

void TestForecastRun::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

// Five years of hourly values: a fit long enough to be caught while it runs.
void TestForecastRun::openLongSeries()
{
    QByteArray csv = "ds,y\n";
    const Timestamp start = CivilTime{2019, 1, 1}.toTimestamp();
    for (int hour = 0; hour < 5 * 365 * 24; ++hour) {
        const double y = 100 + 0.001 * hour + 10 * std::sin(hour * 2 * std::numbers::pi / 24) +
                         5 * std::sin(hour * 2 * std::numbers::pi / (24 * 7)) + (hour * 7919 % 13);
        csv += QByteArray::fromStdString(formatTimestamp(start + hour * kMsPerHour)) + ',' +
               QByteArray::number(y, 'f', 2) + '\n';
    }
    QVERIFY(m_window->openBytes(csv, QStringLiteral("long")));
}

bool TestForecastRun::waitForResult()
{
    QSignalSpy shown(session(), &SessionWidget::chartUpdated);
    return shown.wait(kRunTimeoutMs);
}

void TestForecastRun::chartShowsTheEnginesForecast()
{
    session()->startRun();
    QVERIFY(waitForResult());
    const ForecastOutput &result = session()->session()->result();
    QVERIFY2(result.ok(), qPrintable(result.message));

    // The engine itself, on the same input, outside the application.
    const ForecastInput input = session()->session()->forecastInput();
    FitOptions options;
    options.countryHolidays = HolidayCalendar::provider();
    const FitResult fit = Prophet::fit(input.config, input.history, options);
    QVERIFY(fit.ok());
    const TimeSeries frame =
        Prophet::makeFutureFrame(*fit.model, input.periods, input.frequency, true);
    const PredictResult engine = Prophet::predict(*fit.model, frame);
    QVERIFY(engine.ok());

    const QList<QPointF> points = session()->chartView()->forecastSeries()->points();
    const std::vector<double> &yhat = *engine.forecast.column("yhat");
    QCOMPARE(qsizetype(points.size()), qsizetype(engine.forecast.size()));
    for (qsizetype i = 0; i < points.size(); ++i) {
        QCOMPARE(points[i].x(), ChartDecimator::toAxis(engine.forecast.ds[std::size_t(i)]));
        QCOMPARE(points[i].y(), yhat[std::size_t(i)]);
    }
    QCOMPARE(session()->chartView()->actualSeries()->count(), int(fit.model->history.size()));
    QVERIFY(session()->chartView()->changepointCount() > 0);

    auto *table = session()->findChild<QTableView *>();
    QVERIFY(table);
    for (QTableView *view : session()->findChildren<QTableView *>()) {
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
}

void TestForecastRun::componentChartsFollowPlotComponents()
{
    auto *country =
        session()->settingsPanel()->findChild<QComboBox *>(QStringLiteral("country_holidays"));
    country->setCurrentIndex(country->findData(QStringLiteral("US")));
    session()->startRun();
    QVERIFY(waitForResult());
    QVERIFY(session()->componentsView()->chartTitles().isEmpty()); // drawn when shown
    QSignalSpy shown(session()->componentsView(), &ComponentChartsView::componentsShown);
    session()->showPage(SessionWidget::Page::Components);
    QVERIFY(shown.wait(5000));
    QCOMPARE(session()->componentsView()->chartTitles(),
             QStringList({"trend", "holidays", "weekly", "yearly"}));
}

void TestForecastRun::cancelStopsWithin100Ms()
{
    openLongSeries();
    QSignalSpy cancelled(session()->runner(), &ForecastRunner::runCancelled);
    QSignalSpy finished(session()->runner(), &ForecastRunner::runFinished);
    session()->startRun();
    QTest::qWait(100);
    QVERIFY(session()->isRunning());
    QElapsedTimer timer;
    timer.start();
    session()->cancelRun();
    QFuture<ForecastOutput> future = session()->runner()->future();
    future.waitForFinished();
    const qint64 stoppedAfter = timer.elapsed();
    QVERIFY2(stoppedAfter < 100, qPrintable(QString::number(stoppedAfter)));
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!session()->isRunning());
    QVERIFY(session()->settingsPanel()->runButton()->isEnabled());
    QTest::qWait(50);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!session()->session()->result().model);
}

void TestForecastRun::changingSettingsCancelsTheStaleRun()
{
    openLongSeries();
    session()->startRun();
    QTest::qWait(100);
    QVERIFY(session()->isRunning());
    const QFuture<ForecastOutput> stale = session()->runner()->future();
    auto *width =
        session()->settingsPanel()->findChild<QDoubleSpinBox *>(QStringLiteral("interval_width"));
    width->setValue(0.95);
    QVERIFY(stale.isCanceled());
    QVERIFY(session()->isRunning()); // restarted with the new settings
    QVERIFY(waitForResult());
    const ForecastOutput &result = session()->session()->result();
    QVERIFY(result.ok());
    QCOMPARE(result.model->config.intervalWidth, 0.95);
}

void TestForecastRun::invalidSettingsDisableRunWithTheReason()
{
    auto *width =
        session()->settingsPanel()->findChild<QDoubleSpinBox *>(QStringLiteral("interval_width"));
    width->setValue(0.0);
    QPushButton *run = session()->settingsPanel()->runButton();
    QVERIFY(!run->isEnabled());
    QVERIFY(
        session()->settingsPanel()->runReason()->text().contains(QStringLiteral("interval_width")));
    session()->startRun();
    QVERIFY(!session()->isRunning());
    width->setValue(0.8);
    QVERIFY(run->isEnabled());
    QVERIFY(session()->settingsPanel()->runReason()->text().isEmpty());
}

void TestForecastRun::eventLoopStaysResponsiveDuringTheFit()
{
    QTest::qWait(300); // let the new tab paint first: this test is about the run
    auto fitting = std::make_unique<GapRecorder>();
    QTest::qWait(20);
    QSignalSpy finished(session()->runner(), &ForecastRunner::runFinished);
    session()->startRun();
    QVERIFY(finished.wait(kRunTimeoutMs));
    const qint64 longestWhileFitting = fitting->longest();
    fitting.reset();

    // Showing the result is measured and reported: about 21 ms on an idle two-core machine,
    // more under load (see SessionWidget::updateChart).
    GapRecorder showing;
    QVERIFY(waitForResult());
    QTest::qWait(200);
    qInfo() << "longest gap while fitting" << longestWhileFitting << "ms, while showing the result"
            << showing.longest() << "ms";
    QVERIFY2(longestWhileFitting < 50,
             qPrintable(QStringLiteral("longest gap %1 ms").arg(longestWhileFitting)));
}

QTEST_MAIN(TestForecastRun)
#include "tst_forecastrun.moc"
