#include "ui/chartdecimator.h"
#include "ui/crossvalidationdialog.h"
#include "ui/crossvalidationform.h"
#include "ui/crossvalidationrunner.h"
#include "ui/cutoffpredictionview.h"
#include "ui/foldtimelineview.h"
#include "ui/mainwindow.h"
#include "ui/metricchartsview.h"
#include "ui/session.h"
#include "ui/sessionwidget.h"

#include "engine/crossvalidation.h"
#include "engine/cutoffplan.h"
#include "engine/performancemetrics.h"
#include "engine/prophet.h"
#include "holidays/holidaycalendar.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace prognos;

namespace {

constexpr int kRunTimeoutMs = 120'000;

/// Whether two columns hold the same doubles, bit for bit (NaN equal to NaN).
bool identical(const std::vector<double> &a, const std::vector<double> &b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

} // namespace

class TestCrossValidationDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void runOnTheSampleEqualsTheEngine();
    void refusedSettingsShowTheEnginesMessage();
    void explicitCutoffsAreUsed();
    void cancelHalfWayKeepsNothing();
    void zeroActualsLeaveOutMapeWithTheReason();
    void thousandsOfFoldsDrawABoundedTimeline();

private:
    CrossValidationDialog *openDialog();
    void setHorizonDays(double days);
    CrossValidationResult engineRun(const CrossValidationConfig &cv) const;

    MainWindow *m_window = nullptr;
    CrossValidationDialog *m_dialog = nullptr;
};

void TestCrossValidationDialog::init()
{
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openSample());
    m_dialog = openDialog();
    QVERIFY(m_dialog);
}

void TestCrossValidationDialog::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_dialog = nullptr;
}

CrossValidationDialog *TestCrossValidationDialog::openDialog()
{
    SessionWidget *session = m_window->currentSession();
    session->showCrossValidation();
    return session->crossValidationDialog();
}

void TestCrossValidationDialog::setHorizonDays(double days)
{
    auto *unit = m_dialog->form()->findChild<QComboBox *>(QStringLiteral("cv_horizon_unit"));
    unit->setCurrentIndex(unit->findData(int(CalendarSpan::Unit::Days)));
    m_dialog->form()->findChild<QDoubleSpinBox *>(QStringLiteral("cv_horizon"))->setValue(days);
}

CrossValidationResult TestCrossValidationDialog::engineRun(const CrossValidationConfig &cv) const
{
    const ForecastInput input = m_window->currentSession()->session()->forecastInput();
    CrossValidationOptions options;
    options.countryHolidays = HolidayCalendar::provider();
    return CrossValidation::run(input.config, input.history, cv, options);
}

void TestCrossValidationDialog::runOnTheSampleEqualsTheEngine()
{
    // 240 days on the 3.5 years of the sample: Prophet's defaults (initial 720 days, period
    // 120 days) give 3 cutoffs.
    setHorizonDays(240);
    QVERIFY(m_dialog->startButton()->isEnabled());
    QVERIFY(m_dialog->form()->planLabel()->text().startsWith(QStringLiteral("3 cutoff")));
    QCOMPARE(m_dialog->timeline()->foldCount(), 3);
    const CutoffPlan preview = engineRun({CalendarSpan::days(240), {}, {}, {}, 0, false, {}}).plan;
    for (int i = 0; i < 3; ++i) {
        const QList<QPointF> window = m_dialog->timeline()->horizonWindow(i);
        QCOMPARE(window.size(), 2);
        QCOMPARE(window[0].x(), ChartDecimator::toAxis(preview.cutoffs[std::size_t(i)]));
        QCOMPARE(window[1].x(), ChartDecimator::toAxis(preview.foldEnds[std::size_t(i)]));
    }
    QSignalSpy shown(m_dialog, &CrossValidationDialog::outputShown);
    QSignalSpy progress(m_dialog->runner(), &CrossValidationRunner::progressChanged);
    m_dialog->startButton()->click();
    QVERIFY(m_dialog->isRunning());
    QVERIFY(!m_dialog->startButton()->isEnabled());
    QVERIFY(shown.wait(kRunTimeoutMs));
    QCOMPARE(progress.count(), 3);
    QCOMPARE(progress.last().at(0).toInt(), 3);
    QCOMPARE(progress.last().at(1).toInt(), 3);

    // The engine, called directly with the same settings.
    CrossValidationConfig cv;
    cv.horizon = CalendarSpan::days(240);
    const CrossValidationResult engine = engineRun(cv);
    QVERIFY2(engine.ok(), engine.message.c_str());
    const MetricsTable metrics = PerformanceMetrics::compute(engine.frame);
    const BaselineComparison baselines =
        PerformanceMetrics::compareWithBaselines(engine.frame, metrics);

    const CrossValidationOutput &stored = m_window->currentSession()->session()->crossValidation();
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    QCOMPARE(stored.plan.cutoffs, engine.plan.cutoffs);
    QCOMPARE(stored.plan.cutoffs.size(), std::size_t(3));
    QCOMPARE(stored.frame.ds, engine.frame.ds);
    QVERIFY(identical(stored.frame.yhat, engine.frame.yhat));
    QCOMPARE(stored.metrics.horizon, metrics.horizon);
    QCOMPARE(stored.metrics.columns.size(), metrics.columns.size());
    for (std::size_t c = 0; c < metrics.columns.size(); ++c) {
        QCOMPARE(stored.metrics.columns[c].first, metrics.columns[c].first);
        QVERIFY2(identical(stored.metrics.columns[c].second, metrics.columns[c].second),
                 metrics.columns[c].first.c_str());
    }
    QVERIFY(stored.baselines);
    QVERIFY(identical(*stored.baselines->naiveRatio.column("mae"),
                      *baselines.naiveRatio.column("mae")));

    // What the dialog shows: every metric charted beside the baselines, the table, each cutoff.
    QCOMPARE(m_dialog->metricCharts()->metricNames(),
             QStringList({"mse", "rmse", "mae", "mape", "mdape", "smape", "coverage"}));
    const QLineSeries *mae = m_dialog->metricCharts()->series(QStringLiteral("mae"), "Prophet");
    QVERIFY(mae);
    QCOMPARE(std::size_t(mae->count()), metrics.horizon.size());
    for (int i = 0; i < mae->count(); ++i)
        QVERIFY(mae->at(i).y() == (*metrics.column("mae"))[std::size_t(i)]);
    const QLineSeries *naive = m_dialog->metricCharts()->series(QStringLiteral("mae"), "Naive");
    QVERIFY(naive);
    QVERIFY(naive->at(0).y() == (*baselines.naive.column("mae"))[0]);
    QVERIFY(m_dialog->metricCharts()->series(QStringLiteral("mae"), "Seasonal naive"));

    QAbstractItemModel *table = m_dialog->metricsTable()->model();
    QAbstractItemModelTester tester(table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(std::size_t(table->rowCount()), metrics.horizon.size());
    QCOMPARE(table->headerData(3, Qt::Horizontal).toString(), QStringLiteral("mae"));
    QVERIFY(table->index(0, 3).data(Qt::EditRole).toDouble() == (*metrics.column("mae"))[0]);
    int ratioColumn = -1;
    for (int c = 0; c < table->columnCount(); ++c) {
        if (table->headerData(c, Qt::Horizontal).toString() == QLatin1String("mae vs naive"))
            ratioColumn = c;
    }
    QVERIFY(ratioColumn > 0);
    QVERIFY(table->index(0, ratioColumn).data(Qt::EditRole).toDouble() ==
            (*baselines.naiveRatio.column("mae"))[0]);

    QCOMPARE(m_dialog->predictions()->cutoffSelector()->count(), 3);
    m_dialog->predictions()->cutoffSelector()->setCurrentIndex(2);
    const auto last = std::lower_bound(engine.frame.cutoff.begin(), engine.frame.cutoff.end(),
                                       engine.plan.cutoffs[2]);
    const std::size_t first = std::size_t(last - engine.frame.cutoff.begin());
    QCOMPARE(std::size_t(m_dialog->predictions()->forecastSeries()->count()),
             engine.frame.size() - first);
    QVERIFY(m_dialog->predictions()->forecastSeries()->at(0).y() == engine.frame.yhat[first]);
}

void TestCrossValidationDialog::refusedSettingsShowTheEnginesMessage()
{
    setHorizonDays(1000);
    QVERIFY(!m_dialog->startButton()->isEnabled());
    CrossValidationConfig cv;
    cv.horizon = CalendarSpan::days(1000);
    const CrossValidationResult engine = engineRun(cv);
    QCOMPARE(engine.status, Status::InvalidInput);
    const QString shown = m_dialog->form()->problemLabel()->text();
    QCOMPARE(shown, QString::fromStdString(engine.message));
    QVERIFY(shown.contains(QStringLiteral("the history spans")));
    m_dialog->start();
    QVERIFY(!m_dialog->isRunning());

    auto *horizonUnit = m_dialog->form()->findChild<QComboBox *>(QStringLiteral("cv_horizon_unit"));
    horizonUnit->setCurrentIndex(horizonUnit->findData(int(CalendarSpan::Unit::Months)));
    m_dialog->form()->findChild<QDoubleSpinBox *>(QStringLiteral("cv_horizon"))->setValue(2.5);
    QVERIFY(!m_dialog->startButton()->isEnabled());
    QVERIFY(m_dialog->form()->problemLabel()->text().contains(QStringLiteral("whole number")));

    setHorizonDays(240);
    QVERIFY(m_dialog->startButton()->isEnabled());
    QVERIFY(m_dialog->form()->problemLabel()->text().isEmpty());
}

void TestCrossValidationDialog::explicitCutoffsAreUsed()
{
    setHorizonDays(60);
    m_dialog->form()->findChild<QRadioButton *>(QStringLiteral("cv_explicit"))->setChecked(true);
    auto *cutoffs = m_dialog->form()->findChild<QLineEdit *>(QStringLiteral("cv_cutoffs"));
    cutoffs->setText(QStringLiteral("2023-01-01, 2023-13-01"));
    QVERIFY(!m_dialog->startButton()->isEnabled());
    QVERIFY(m_dialog->form()->problemLabel()->text().contains(QStringLiteral("2023-13-01")));
    cutoffs->setText(QStringLiteral("2024-06-01"));
    QVERIFY(!m_dialog->startButton()->isEnabled());
    QVERIFY(m_dialog->form()->problemLabel()->text().contains(QStringLiteral("latest cutoff")));
    cutoffs->setText(QStringLiteral("2023-01-01 2023-07-01"));
    QVERIFY(m_dialog->startButton()->isEnabled());
    QCOMPARE(m_dialog->timeline()->foldCount(), 2);

    QSignalSpy shown(m_dialog, &CrossValidationDialog::outputShown);
    m_dialog->start();
    QVERIFY(shown.wait(kRunTimeoutMs));
    const CrossValidationOutput &stored = m_window->currentSession()->session()->crossValidation();
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    const std::vector<Timestamp> expected{CivilTime{2023, 1, 1}.toTimestamp(),
                                          CivilTime{2023, 7, 1}.toTimestamp()};
    QCOMPARE(stored.plan.cutoffs, expected);
    CrossValidationConfig cv;
    cv.horizon = CalendarSpan::days(60);
    cv.cutoffs = expected;
    const CrossValidationResult engine = engineRun(cv);
    QVERIFY(engine.ok());
    QVERIFY(identical(*stored.metrics.column("rmse"),
                      *PerformanceMetrics::compute(engine.frame).column("rmse")));
}

void TestCrossValidationDialog::cancelHalfWayKeepsNothing()
{
    // 30 days: an initial year and a cutoff every 15 days make about 58 folds, long enough
    // to be caught after the second.
    setHorizonDays(30);
    QSignalSpy progress(m_dialog->runner(), &CrossValidationRunner::progressChanged);
    QSignalSpy finished(m_dialog->runner(), &CrossValidationRunner::runFinished);
    QSignalSpy cancelled(m_dialog->runner(), &CrossValidationRunner::runCancelled);
    // Cancel is clicked as soon as the second cutoff is reported.
    QElapsedTimer timer;
    const QMetaObject::Connection cancelling =
        connect(m_dialog->runner(), &CrossValidationRunner::progressChanged, this,
                [this, &timer](int done) {
                    if (done >= 2 && m_dialog->isRunning()) {
                        timer.start();
                        m_dialog->cancelButton()->click();
                    }
                });
    m_dialog->startButton()->click();
    QVERIFY(m_dialog->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(cancelled.count() == 1, kRunTimeoutMs);
    disconnect(cancelling);
    const int total = progress.last().at(1).toInt();
    QVERIFY(total > 20);
    QCOMPARE(progress.count(), 2);
    QCOMPARE(progress.last().at(0).toInt(), 2);
    QCOMPARE(m_dialog->progressBar()->value(), 2);
    QVERIFY(!m_dialog->isRunning());
    QVERIFY(m_dialog->startButton()->isEnabled());
    QVERIFY(m_dialog->form()->isEnabled());
    QVERIFY(!m_dialog->cancelButton()->isEnabled());
    QVERIFY(!m_dialog->progressBar()->isVisible());
    const int reported = int(progress.count());
    QFuture<CrossValidationOutput> future = m_dialog->runner()->future();
    future.waitForFinished();
    qInfo() << "the cross-validation stopped" << timer.elapsed() << "ms after Cancel";

    // Nothing more arrives: no progress, no result, nothing stored.
    QTest::qWait(300);
    QCOMPARE(int(progress.count()), reported);
    QCOMPARE(m_dialog->progressBar()->value(), 2);
    QCOMPARE(finished.count(), 0);
    const CrossValidationOutput &stored = m_window->currentSession()->session()->crossValidation();
    QVERIFY(!stored.ok());
    QVERIFY(stored.plan.cutoffs.empty());
    QVERIFY(m_dialog->statusLabel()->text().contains(QStringLiteral("Cancelled")));

    // The dialog is usable again.
    setHorizonDays(240);
    QSignalSpy shown(m_dialog, &CrossValidationDialog::outputShown);
    m_dialog->startButton()->click();
    QVERIFY(shown.wait(kRunTimeoutMs));
    QVERIFY(m_window->currentSession()->session()->crossValidation().ok());
    QCOMPARE(m_window->currentSession()->session()->crossValidation().plan.cutoffs.size(),
             std::size_t(3));
}

void TestCrossValidationDialog::zeroActualsLeaveOutMapeWithTheReason()
{
    // 500 days of a weekly pattern in which one day sold nothing.
    QByteArray csv = "ds,y\n";
    const Timestamp start = CivilTime{2022, 1, 1}.toTimestamp();
    for (int day = 0; day < 500; ++day) {
        const int y = day == 430 ? 0 : 50 + (day % 7) * 3 + day / 50;
        csv += QByteArray::fromStdString(formatTimestamp(start + day * kMsPerDay)) + ',' +
               QByteArray::number(y) + '\n';
    }
    QVERIFY(m_window->openBytes(csv, QStringLiteral("zeros")));
    m_dialog = openDialog();
    setHorizonDays(60);
    QVERIFY(m_dialog->startButton()->isEnabled());
    QSignalSpy shown(m_dialog, &CrossValidationDialog::outputShown);
    m_dialog->start();
    QVERIFY(shown.wait(kRunTimeoutMs));
    const CrossValidationOutput &stored = m_window->currentSession()->session()->crossValidation();
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    QVERIFY(!stored.metrics.column("mape"));
    QVERIFY(!stored.metrics.column("mdape"));
    QCOMPARE(stored.metrics.omitted.size(), std::size_t(2));
    const QString reason = QString::fromStdString(stored.metrics.omitted[0].second);
    QVERIFY(!reason.isEmpty());
    QCOMPARE(m_dialog->metricCharts()->metricNames(),
             QStringList({"mse", "rmse", "mae", "smape", "coverage"}));
    QVERIFY(m_dialog->omittedLabel()->text().contains(QStringLiteral("mape left out: ") + reason));
    QVERIFY(m_dialog->omittedLabel()->text().contains(QStringLiteral("mdape left out")));
}

void TestCrossValidationDialog::thousandsOfFoldsDrawABoundedTimeline()
{
    // A period of one hour on 3.5 years of daily data: thousands of cutoffs, more than rows.
    setHorizonDays(30);
    auto *periodUnit = m_dialog->form()->findChild<QComboBox *>(QStringLiteral("cv_period_unit"));
    periodUnit->setCurrentIndex(periodUnit->findData(int(CalendarSpan::Unit::Hours)));
    m_dialog->form()->findChild<QDoubleSpinBox *>(QStringLiteral("cv_period"))->setValue(1);

    // The engine's plan, on the history the dialog prepares (the model is not fitted).
    const ForecastInput input = m_window->currentSession()->session()->forecastInput();
    FitOptions options;
    options.skipOptimization = true;
    options.countryHolidays = HolidayCalendar::provider();
    const FitResult prepared = Prophet::fit(input.config, input.history, options);
    QVERIFY2(prepared.ok(), prepared.message.c_str());
    double longest = 0;
    for (const ResolvedSeasonality &s : prepared.model->seasonalities)
        longest = std::max(longest, s.period);
    const CutoffPlan plan =
        CutoffPlan::make(m_dialog->form()->config(), prepared.model->history.ds, longest);
    QVERIFY2(plan.ok(), plan.error.c_str());
    const int folds = int(plan.cutoffs.size());
    QVERIFY(folds > 10'000);
    QVERIFY(plan.cutoffs.size() > prepared.model->history.ds.size());

    FoldTimelineView *timeline = m_dialog->timeline();
    QCOMPARE(timeline->foldCount(), folds);
    QCOMPARE(FoldTimelineView::kMaxLanes, 60);
    QCOMPARE(timeline->laneCount(), 60);
    // The data line, the initial window and three lines per lane.
    QCOMPARE(timeline->chart()->series().size(), 2 + 3 * 60);
    const QList<QPointF> first = timeline->horizonWindow(0);
    const QList<QPointF> last = timeline->horizonWindow(59);
    QCOMPARE(first.size(), 2);
    QCOMPARE(last.size(), 2);
    QCOMPARE(first[0].x(), ChartDecimator::toAxis(plan.cutoffs.front()));
    QCOMPARE(first[1].x(), ChartDecimator::toAxis(plan.foldEnds.front()));
    QCOMPARE(last[0].x(), ChartDecimator::toAxis(plan.cutoffs.back()));
    QCOMPARE(last[1].x(), ChartDecimator::toAxis(plan.foldEnds.back()));
    QVERIFY(timeline->horizonWindow(60).isEmpty());
    const QLocale locale;
    QCOMPARE(timeline->chart()->title(),
             QStringLiteral("Showing 60 of %1 folds, evenly spaced from the first to the last")
                 .arg(locale.toString(folds)));

    // The warning beside the fields; the run may still be started.
    const QString planText = m_dialog->form()->planLabel()->text();
    QVERIFY2(
        planText.contains(QStringLiteral("Warning: %1 cutoffs for %2 rows of history")
                              .arg(locale.toString(folds),
                                   locale.toString(qulonglong(prepared.model->history.ds.size())))),
        qPrintable(planText));
    QVERIFY(m_dialog->startButton()->isEnabled());

    // A small plan draws every fold again, without a title or the warning.
    setHorizonDays(240);
    periodUnit->setCurrentIndex(periodUnit->findData(int(CalendarSpan::Unit::Days)));
    m_dialog->form()->findChild<QDoubleSpinBox *>(QStringLiteral("cv_period"))->setValue(0);
    QCOMPARE(timeline->foldCount(), 3);
    QCOMPARE(timeline->laneCount(), 3);
    QCOMPARE(timeline->chart()->series().size(), 2 + 3 * 3);
    QVERIFY(timeline->chart()->title().isEmpty());
    QVERIFY(!m_dialog->form()->planLabel()->text().contains(QStringLiteral("Warning")));

    // The subset: evenly spaced, first and last kept, no fold twice.
    QCOMPARE(FoldTimelineView::shownFolds(5, 60), QList<int>({0, 1, 2, 3, 4}));
    QCOMPARE(FoldTimelineView::shownFolds(101, 5), QList<int>({0, 25, 50, 75, 100}));
    QCOMPARE(FoldTimelineView::shownFolds(61, 60).size(), 60);
    QCOMPARE(FoldTimelineView::shownFolds(61, 60).back(), 60);
}

QTEST_MAIN(TestCrossValidationDialog)
#include "tst_crossvalidationdialog.moc"
