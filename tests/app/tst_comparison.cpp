#include "ui/comparisonchartview.h"
#include "ui/comparisonview.h"
#include "ui/crossvalidationdialog.h"
#include "ui/crossvalidationform.h"
#include "ui/forecastchartview.h"
#include "ui/mainwindow.h"
#include "ui/modelsettingspanel.h"
#include "ui/session.h"
#include "ui/sessionwidget.h"
#include "ui/settingsdiff.h"

#include "engine/performancemetrics.h"
#include "holidays/holidaycalendar.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace prognos;

namespace {

constexpr int kRunTimeoutMs = 240'000;

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void settingsDiffListsOnlyWhatDiffers();
    void twoKeptConfigurationsSideBySide();
    void keepingNeedsAResultOfTheCurrentSettings();

private:
    SessionWidget *session() const { return m_window->currentSession(); }
    bool runForecast();
    void crossValidate(double horizonDays);
    static Forecast engineForecast(const ForecastInput &input);

    MainWindow *m_window = nullptr;
};

void TestComparison::init()
{
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openSample());
}

void TestComparison::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

bool TestComparison::runForecast()
{
    QSignalSpy shown(session(), &SessionWidget::chartUpdated);
    session()->startRun();
    return shown.wait(kRunTimeoutMs) && session()->session()->result().ok();
}

void TestComparison::crossValidate(double horizonDays)
{
    session()->showCrossValidation();
    CrossValidationDialog *dialog = session()->crossValidationDialog();
    QVERIFY(dialog);
    dialog->form()
        ->findChild<QDoubleSpinBox *>(QStringLiteral("cv_horizon"))
        ->setValue(horizonDays);
    QSignalSpy shown(dialog, &CrossValidationDialog::outputShown);
    dialog->start();
    QVERIFY(shown.wait(kRunTimeoutMs));
    QVERIFY(session()->session()->crossValidationMatchesSettings());
    dialog->close();
}

Forecast TestComparison::engineForecast(const ForecastInput &input)
{
    FitOptions options;
    options.countryHolidays = HolidayCalendar::provider();
    const FitResult fit = Prophet::fit(input.config, input.history, options);
    if (!fit.ok())
        return {};
    const TimeSeries frame =
        Prophet::makeFutureFrame(*fit.model, input.periods, input.frequency, true);
    return Prophet::predict(*fit.model, frame).forecast;
}

void TestComparison::settingsDiffListsOnlyWhatDiffers()
{
    ProphetConfig a;
    ProphetConfig b;
    b.changepointPriorScale = 0.5;
    b.yearlySeasonality = SeasonalitySwitch::off();
    const QList<SettingDifference> diff = SettingsDiff::compare(
        {SettingsDiff::settingsObject(a, 90), SettingsDiff::settingsObject(b, 90),
         SettingsDiff::settingsObject(a, 30)});
    QCOMPARE(diff.size(), 3);
    QCOMPARE(diff[0].key, QStringLiteral("changepoint_prior_scale"));
    QCOMPARE(diff[0].values, QStringList({"0.05", "0.5", "0.05"}));
    QCOMPARE(diff[1].key, QStringLiteral("periods"));
    QCOMPARE(diff[1].values, QStringList({"90", "90", "30"}));
    QCOMPARE(diff[2].key, QStringLiteral("yearly_seasonality"));
    QCOMPARE(diff[2].values[0], QStringLiteral("auto"));
    QCOMPARE(diff[2].values[1], QStringLiteral("false"));
    QVERIFY(SettingsDiff::compare({SettingsDiff::settingsObject(a)}).isEmpty());
    QVERIFY(Session::sameSettings(a, ProphetConfig{}));
    QVERIFY(!Session::sameSettings(a, b));
}

void TestComparison::twoKeptConfigurationsSideBySide()
{
    // 1. Prophet's defaults, run and kept.
    QVERIFY(runForecast());
    const ForecastInput inputA = session()->session()->forecastInput();
    QVERIFY(session()->keepForComparison(QStringLiteral("defaults")));

    // 2. A more flexible trend and a wider interval, cross-validated, run and kept.
    ModelSettingsPanel *panel = session()->settingsPanel();
    panel->findChild<QDoubleSpinBox *>(QStringLiteral("changepoint_prior_scale"))->setValue(0.5);
    panel->findChild<QDoubleSpinBox *>(QStringLiteral("interval_width"))->setValue(0.9);
    QVERIFY(!session()->session()->keepProblem().isEmpty()); // the result is of the old settings
    QVERIFY(runForecast());
    crossValidate(240);
    const ForecastInput inputB = session()->session()->forecastInput();
    QCOMPARE(inputB.config.changepointPriorScale, 0.5);
    QVERIFY(session()->keepForComparison(QStringLiteral("flexible")));
    QCOMPARE(session()->session()->keptConfigurations().size(), std::size_t(2));

    // 3. The overlay: one forecast line per configuration, with the engine's values.
    ComparisonView *view = session()->comparisonView();
    const QList<QLineSeries *> &lines = view->chartView()->forecastSeries();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0]->name(), QStringLiteral("defaults"));
    QCOMPARE(lines[1]->name(), QStringLiteral("flexible"));
    const ForecastInput inputs[] = {inputA, inputB};
    for (int i = 0; i < 2; ++i) {
        const Forecast engine = engineForecast(inputs[i]);
        const std::vector<double> &yhat = *engine.column("yhat");
        QCOMPARE(std::size_t(lines[i]->count()), engine.size());
        for (int r = 0; r < lines[i]->count(); ++r)
            QVERIFY2(lines[i]->at(r).y() == yhat[std::size_t(r)], qPrintable(QString::number(r)));
    }
    QVERIFY(lines[0]->at(lines[0]->count() - 1).y() != lines[1]->at(lines[1]->count() - 1).y());

    // 4. The settings diff lists exactly the two changed fields.
    QTableWidget *settings = view->settingsTable();
    QCOMPARE(settings->rowCount(), 2);
    QCOMPARE(settings->columnCount(), 2);
    QCOMPARE(settings->verticalHeaderItem(0)->text(), QStringLiteral("changepoint_prior_scale"));
    QCOMPARE(settings->item(0, 0)->text(), QStringLiteral("0.05"));
    QCOMPARE(settings->item(0, 1)->text(), QStringLiteral("0.5"));
    QCOMPARE(settings->verticalHeaderItem(1)->text(), QStringLiteral("interval_width"));
    QCOMPARE(settings->item(1, 0)->text(), QStringLiteral("0.8"));
    QCOMPARE(settings->item(1, 1)->text(), QStringLiteral("0.9"));

    // 5. Metrics: the fit on the history for the first, the cross-validation for the second.
    QTableWidget *metrics = view->metricsTable();
    QVERIFY(metrics->item(0, 0)->text().contains(QStringLiteral("in-sample")));
    QVERIFY(metrics->item(0, 1)->text().contains(QStringLiteral("cross-validation")));
    QCOMPARE(metrics->verticalHeaderItem(3)->text(), QStringLiteral("mae"));
    MetricsOptions overall;
    overall.rollingWindow = 1;
    const MetricsTable cvMetrics = PerformanceMetrics::compute(
        session()->session()->keptConfigurations()[1].crossValidation->frame, overall);
    QVERIFY(metrics->item(3, 1)->data(Qt::UserRole).toDouble() == cvMetrics.column("mae")->back());
    QVERIFY(metrics->item(3, 0)->data(Qt::UserRole).toDouble() > 0);

    // 6. Make current applies the first configuration: settings, panel, forecast, chart.
    view->selector()->setCurrentIndex(0);
    view->makeCurrentButton()->click();
    const Session &s = *session()->session();
    QVERIFY(Session::sameSettings(s.config(), inputA.config));
    QCOMPARE(s.config().changepointPriorScale, 0.05);
    QCOMPARE(s.config().intervalWidth, 0.8);
    QCOMPARE(panel->findChild<QDoubleSpinBox *>(QStringLiteral("interval_width"))->value(), 0.8);
    QCOMPARE(panel->findChild<QDoubleSpinBox *>(QStringLiteral("changepoint_prior_scale"))->value(),
             0.05);
    QVERIFY(s.resultMatchesSettings());
    QVERIFY(*s.result().forecast.column("yhat") ==
            *s.keptConfigurations()[0].result.forecast.column("yhat"));
    const QList<QPointF> shown = session()->chartView()->forecastSeries()->points();
    QCOMPARE(shown.size(), lines[0]->count());
    QVERIFY(shown.last().y() == lines[0]->at(lines[0]->count() - 1).y());

    // And back to the second, whose cross-validation comes with it.
    view->selector()->setCurrentIndex(1);
    view->makeCurrentButton()->click();
    QCOMPARE(s.config().changepointPriorScale, 0.5);
    QVERIFY(s.crossValidationMatchesSettings());
}

void TestComparison::keepingNeedsAResultOfTheCurrentSettings()
{
    QVERIFY(!session()->keepForComparison(QStringLiteral("nothing yet")));
    QVERIFY(!session()->comparisonView()->keepButton()->isEnabled());
    QVERIFY(runForecast());
    QVERIFY(session()->comparisonView()->keepButton()->isEnabled());
    QVERIFY(session()->keepForComparison(QStringLiteral("one")));
    QVERIFY(!session()->keepForComparison(QStringLiteral("one"))); // the name is taken
    for (int i = 2; i <= Session::kMaxKept; ++i)
        QVERIFY(session()->keepForComparison(QString::number(i)));
    QVERIFY(!session()->keepForComparison(QStringLiteral("fifth")));
    QVERIFY(!session()->comparisonView()->keepButton()->isEnabled());
    session()->session()->removeKept(0);
    QCOMPARE(session()->comparisonView()->chartView()->forecastSeries().size(), 3);
    QVERIFY(session()->keepForComparison(QStringLiteral("fifth")));

    // Other data: what was kept and cross-validated before no longer applies.
    crossValidate(240);
    CleaningPipeline pipeline;
    pipeline.append(CleaningStep::dateRange(CivilTime{2022, 1, 1}.toTimestamp(), std::nullopt));
    session()->session()->setPipeline(pipeline);
    QVERIFY(session()->session()->keptConfigurations().empty());
    QVERIFY(!session()->session()->crossValidation().ok());
    QCOMPARE(session()->comparisonView()->chartView()->forecastSeries().size(), 0);
    QCOMPARE(session()->comparisonView()->settingsTable()->columnCount(), 0);
}

QTEST_MAIN(TestComparison)
#include "tst_comparison.moc"
