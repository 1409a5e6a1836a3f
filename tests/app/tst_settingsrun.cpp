#include "ui/advancedsettingsform.h"
#include "ui/componentchartsview.h"
#include "ui/countryholidaymodel.h"
#include "ui/countryholidayseditor.h"
#include "ui/futurevalueseditor.h"
#include "ui/futurevaluesmodel.h"
#include "ui/mainwindow.h"
#include "ui/modelsettingspanel.h"
#include "ui/regressortablemodel.h"
#include "ui/seasonalitytablemodel.h"
#include "ui/session.h"
#include "ui/sessionwidget.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace prognos;

namespace {

constexpr int kRunTimeoutMs = 240'000;

bool hasFeature(const FittedModel &model, const std::string &name)
{
    return std::find(model.featureNames.begin(), model.featureNames.end(), name) !=
           model.featureNames.end();
}

bool hasComponent(const FittedModel &model, const std::string &name)
{
    return std::any_of(model.components.begin(), model.components.end(),
                       [&](const Component &c) { return c.name == name; });
}

} // namespace

/// Settings made in the panel reach the fitted model: country holidays switched off, a
/// logistic cap from the Future grid, a custom seasonality (issues #4 and #8).
class TestSettingsRun : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void switchedOffCountryHolidayHasNoFeature();
    void logisticCapComesFromTheFutureGrid();
    void customSeasonalityIsAFittedComponent();
    void regressorReadsItsColumnAndTheFutureGrid();

private:
    SessionWidget *session() const { return m_window->currentSession(); }
    ModelSettingsPanel *panel() const { return session()->settingsPanel(); }
    const ForecastOutput &run();

    MainWindow *m_window = nullptr;
};

void TestSettingsRun::init()
{
    m_window = new MainWindow;
    QVERIFY(m_window->openSample());
    // A short interval simulation keeps the runs quick; the point forecast is unaffected.
    session()->session()->setConfig([&] {
        ProphetConfig config = session()->session()->config();
        config.uncertaintySamples = 100;
        return config;
    }());
    session()->reloadSettings();
}

void TestSettingsRun::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

const ForecastOutput &TestSettingsRun::run()
{
    [&] {
        QVERIFY2(panel()->runButton()->isEnabled(), qPrintable(panel()->runReason()->text()));
    }();
    QSignalSpy shown(session(), &SessionWidget::chartUpdated);
    session()->startRun();
    [&] { QVERIFY(shown.wait(kRunTimeoutMs)); }();
    return session()->session()->result();
}

void TestSettingsRun::switchedOffCountryHolidayHasNoFeature()
{
    auto *country = panel()->findChild<QComboBox *>(QStringLiteral("country_holidays"));
    country->setCurrentIndex(country->findData(QStringLiteral("US")));
    CountryHolidayModel *holidays = panel()->countryHolidays()->model();
    const int christmas = holidays->rowOf(QStringLiteral("Christmas Day"));
    QVERIFY(christmas >= 0);
    QVERIFY(holidays->rowOf(QStringLiteral("Thanksgiving")) >= 0);
    // The sample runs 2021 to 2023 and the horizon into 2024: every Christmas is listed.
    const QString dates =
        holidays->index(christmas, CountryHolidayModel::Dates).data(Qt::ToolTipRole).toString();
    QCOMPARE(dates, QStringLiteral("2021-12-25, 2022-12-25, 2023-12-25"));
    QVERIFY(holidays->setData(holidays->index(christmas, CountryHolidayModel::Enabled),
                              Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(session()->session()->config().countryHolidayOverrides.size(), std::size_t(1));
    QVERIFY(!session()->session()->config().countryHolidayOverrides.front().enabled);

    const ForecastOutput &result = run();
    QVERIFY2(result.ok(), qPrintable(result.message));
    const FittedModel &model = *result.model;
    QVERIFY(!hasFeature(model, "Christmas Day_delim_+0"));
    QVERIFY(!hasComponent(model, "Christmas Day"));
    QVERIFY(std::find(model.trainHolidayNames.begin(), model.trainHolidayNames.end(),
                      "Christmas Day") == model.trainHolidayNames.end());
    QVERIFY(hasFeature(model, "Thanksgiving_delim_+0"));
    QVERIFY(hasFeature(model, "New Year's Day_delim_+0"));
    QVERIFY(hasComponent(model, "Thanksgiving"));
}

void TestSettingsRun::logisticCapComesFromTheFutureGrid()
{
    auto *growth = panel()->findChild<QComboBox *>(QStringLiteral("growth"));
    growth->setCurrentIndex(growth->findData(int(Growth::Logistic)));
    QVERIFY(!panel()->runButton()->isEnabled());
    QVERIFY(panel()->runReason()->text().contains(QStringLiteral("History cap")));

    auto *historyCap = panel()->findChild<QLineEdit *>(QStringLiteral("history_cap"));
    QVERIFY(historyCap);
    QTest::keyClicks(historyCap, QStringLiteral("500"));
    FutureValuesEditor *future = panel()->futureEditor();
    const FutureValues &carried = future->values();
    QCOMPARE(carried.names, std::vector<std::string>{"cap"});
    QCOMPARE(int(carried.ds.size()), session()->session()->periods());
    QVERIFY(std::all_of(carried.values[0].begin(), carried.values[0].end(),
                        [](double v) { return v == 500; }));
    QVERIFY(future->model()->anyCarried());
    QVERIFY(!future->note()->isHidden());
    QVERIFY(future->note()->text().contains(QStringLiteral("carried forward")));
    QVERIFY(panel()->runButton()->isEnabled());

    // A cap that rises by 2 a day over the horizon, pasted as one column.
    QString column;
    const std::size_t rows = carried.ds.size();
    for (std::size_t i = 0; i < rows; ++i)
        column += QString::number(500 + 2 * int(i)) + QLatin1Char('\n');
    future->view()->setCurrentIndex(future->model()->index(0, 1));
    QString error;
    QVERIFY2(future->pasteText(column, error), qPrintable(error));
    QVERIFY(!future->model()->anyCarried());
    QVERIFY(future->note()->isHidden());
    QCOMPARE(session()->session()->futureValues().values[0][rows - 1], 500.0 + 2 * (rows - 1));

    // A missing value disables Run and says where.
    QVERIFY(future->model()->setData(future->model()->index(3, 1), QString()));
    QVERIFY(!panel()->runButton()->isEnabled());
    const QString missing = QStringLiteral("Future values: cap has no value on %1")
                                .arg(QString::fromStdString(formatTimestamp(carried.ds[3])));
    QVERIFY2(panel()->runReason()->text().contains(missing),
             qPrintable(panel()->runReason()->text()));
    QVERIFY(future->problemLabel()->text().contains(missing));
    QVERIFY(future->model()->setData(future->model()->index(3, 1), QStringLiteral("506")));
    QVERIFY(panel()->runButton()->isEnabled());
    QVERIFY(future->problemLabel()->isHidden());

    const ForecastOutput &result = run();
    QVERIFY2(result.ok(), qPrintable(result.message));
    const Forecast &forecast = result.forecast;
    const std::vector<double> *cap = forecast.column("cap");
    const std::vector<double> *trend = forecast.column("trend");
    QVERIFY(cap && trend);
    const std::size_t history = forecast.size() - rows;
    for (std::size_t i = 0; i < forecast.size(); ++i) {
        const double expected = i < history ? 500.0 : 500.0 + 2 * double(i - history);
        QCOMPARE((*cap)[i], expected);
        QVERIFY2((*trend)[i] < (*cap)[i], qPrintable(QString::number(i)));
    }
}

void TestSettingsRun::customSeasonalityIsAFittedComponent()
{
    SeasonalityTableModel *seasonalities = panel()->advancedForm()->seasonalityModel();
    QVERIFY(seasonalities->insertRows(0, 1));
    QVERIFY(seasonalities->setData(seasonalities->index(0, SeasonalityTableModel::Name),
                                   QStringLiteral("quarterly")));
    QVERIFY(seasonalities->setData(seasonalities->index(0, SeasonalityTableModel::Period),
                                   QStringLiteral("91.3125")));
    QVERIFY(seasonalities->setData(seasonalities->index(0, SeasonalityTableModel::FourierOrder),
                                   QStringLiteral("3")));
    QCOMPARE(session()->session()->config().seasonalities.size(), std::size_t(1));

    const ForecastOutput &result = run();
    QVERIFY2(result.ok(), qPrintable(result.message));
    const FittedModel &model = *result.model;
    QVERIFY(hasComponent(model, "quarterly"));
    for (int j = 1; j <= 6; ++j)
        QVERIFY(hasFeature(model, "quarterly_delim_" + std::to_string(j)));
    QVERIFY(!hasFeature(model, "quarterly_delim_7"));
    QVERIFY(result.forecast.column("quarterly"));

    QSignalSpy shown(session()->componentsView(), &ComponentChartsView::componentsShown);
    session()->showPage(SessionWidget::Page::Components);
    QVERIFY(shown.wait(5000));
    QVERIFY(session()->componentsView()->chartTitles().contains(QStringLiteral("quarterly")));
}

void TestSettingsRun::regressorReadsItsColumnAndTheFutureGrid()
{
    // 200 days whose y follows a price column.
    QByteArray csv = "ds,y,price\n";
    const Timestamp start = CivilTime{2023, 1, 1}.toTimestamp();
    for (int day = 0; day < 200; ++day) {
        const int price = 10 + day * 7 % 5;
        const double y = 100 + 0.1 * day + 3 * price + 5 * std::sin(day * 2 * std::numbers::pi / 7);
        csv += QByteArray::fromStdString(formatTimestamp(start + day * kMsPerDay)) + ',' +
               QByteArray::number(y, 'f', 2) + ',' + QByteArray::number(price) + '\n';
    }
    QVERIFY(m_window->openBytes(csv, QStringLiteral("prices")));
    QCOMPARE(session()->session()->dataColumns(), QStringList{QStringLiteral("price")});

    RegressorTableModel *regressors = panel()->advancedForm()->regressorModel();
    QVERIFY(regressors->insertRows(0, 1));
    QCOMPARE(session()->session()->config().regressors.front().name, std::string("price"));
    FutureValuesEditor *future = panel()->futureEditor();
    QCOMPARE(future->values().names, std::vector<std::string>{"price"});
    const double lastPrice = 10 + 199 * 7 % 5;
    QCOMPARE(future->values().values[0].front(), lastPrice);
    QVERIFY(future->model()->anyCarried());

    QString column;
    const std::size_t rows = future->values().ds.size();
    for (std::size_t i = 0; i < rows; ++i)
        column += QString::number(10 + i % 7) + QLatin1Char('\n');
    future->view()->setCurrentIndex(future->model()->index(0, 1));
    QString error;
    QVERIFY2(future->pasteText(column, error), qPrintable(error));

    const ForecastOutput &result = run();
    QVERIFY2(result.ok(), qPrintable(result.message));
    const std::vector<RegressorCoefficient> coefficients =
        Prophet::regressorCoefficients(*result.model);
    QCOMPARE(coefficients.size(), std::size_t(1));
    QVERIFY(std::abs(coefficients.front().coef - 3) < 0.3);
    const std::vector<double> *effect = result.forecast.column("price");
    QVERIFY(effect);
    const std::size_t history = result.forecast.size() - rows;
    for (std::size_t i = 0; i < rows; ++i) {
        const double expected =
            coefficients.front().coef * (double(10 + i % 7) - coefficients.front().center);
        QVERIFY2(std::abs((*effect)[history + i] - expected) < 1e-9,
                 qPrintable(QString::number(i)));
    }
}

QTEST_MAIN(TestSettingsRun)
#include "tst_settingsrun.moc"
