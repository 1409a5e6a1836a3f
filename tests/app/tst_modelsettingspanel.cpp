#include "ui/advancedsettingsform.h"
#include "ui/countryholidaymodel.h"
#include "ui/countryholidayseditor.h"
#include "ui/futurevalueseditor.h"
#include "ui/futurevaluesmodel.h"
#include "ui/holidaytablemodel.h"
#include "ui/modelsettingspanel.h"
#include "ui/regressortablemodel.h"
#include "ui/seasonalitytablemodel.h"
#include "ui/settingsform.h"
#include "ui/userholidayseditor.h"

#include "holidays/holidaycalendar.h"
#include "settings/settingsjson.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QHeaderView>
#include <QTabBar>
#include <QTableView>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace prognos;

class TestModelSettingsPanel : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreProphets();
    void invalidIntervalWidthDisablesRun();
    void problemsGoUnderTheirField_data();
    void problemsGoUnderTheirField();
    void badChangepointDateIsAProblem();
    void badSeedIsAProblem();
    void everyFieldHasATooltip();
    void editsAreSignalled();
    void presetsSetTheForms();
    void settingsJsonRoundTripKeepsEveryField();
    void holidaysImportFromCsv();
    void holidayCsvErrorsNameRowColumnAndValue_data();
    void holidayCsvErrorsNameRowColumnAndValue();
    void holidayNameUsedTwiceDisablesRun();
    void countryListSaysWhereItsTablesEnd();
    void futureValuesPasteRefusesText();
    void tablesPassTheModelTester();
};

namespace {

Timestamp date(const char *text)
{
    return *parseIsoTimestamp(text);
}

QStringList problemsOf(const ModelSettingsPanel &panel)
{
    QStringList problems = panel.ownProblems();
    for (const std::string &problem : panel.config().validate())
        problems.append(QString::fromStdString(problem));
    return problems;
}

/// A config in which every field differs from Prophet's default.
ProphetConfig everyFieldSet()
{
    ProphetConfig c;
    c.growth = Growth::Flat;
    c.changepoints = std::vector<Timestamp>{date("2021-06-01"), date("2022-02-15")};
    c.nChangepoints = 12;
    c.changepointRange = 0.9;
    c.changepointPriorScale = 0.5;
    c.yearlySeasonality = SeasonalitySwitch::withOrder(12);
    c.weeklySeasonality = SeasonalitySwitch::off();
    c.dailySeasonality = SeasonalitySwitch::on();
    c.seasonalityMode = ComponentMode::Multiplicative;
    c.seasonalityPriorScale = 5.5;
    c.seasonalities.push_back({"monthly", 30.5, 4, 2.5, ComponentMode::Additive, "on_season"});
    c.seasonalities.push_back({"quarterly", 91.25, 2, std::nullopt, std::nullopt, {}});
    c.holidays.push_back({"launch", dayNumber(date("2022-03-01")), -1, 2, 4.0});
    c.holidays.push_back({"launch", dayNumber(date("2023-03-01")), -1, 2, 4.0});
    c.countryHolidays = "US";
    c.countryHolidayOverrides.push_back({"Thanksgiving", true, -1, 1, 5.0});
    c.countryHolidayOverrides.push_back({"Christmas Day", false, 0, 0, std::nullopt});
    c.holidaysPriorScale = 3.25;
    c.holidaysMode = ComponentMode::Additive;
    c.regressors.push_back({"price", 0.5, Standardize::No, ComponentMode::Multiplicative});
    c.regressors.push_back({"promo", std::nullopt, Standardize::Auto, std::nullopt});
    c.intervalWidth = 0.9;
    c.uncertaintySamples = 500;
    c.scaling = Scaling::MinMax;
    c.algorithm = Algorithm::Newton;
    c.maxIterations = 500;
    c.trendSimulation = TrendSimulation::Poisson;
    c.seed = 18446744073709551557u; // beyond an int
    c.roundParameters = true;
    return c;
}

} // namespace

void TestModelSettingsPanel::defaultsAreProphets()
{
    ModelSettingsPanel panel;
    const ProphetConfig config = panel.config();
    const ProphetConfig prophet;
    QCOMPARE(config.intervalWidth, prophet.intervalWidth);
    QCOMPARE(config.nChangepoints, prophet.nChangepoints);
    QCOMPARE(config.changepointPriorScale, prophet.changepointPriorScale);
    QCOMPARE(config.uncertaintySamples, prophet.uncertaintySamples);
    QVERIFY(config.yearlySeasonality == prophet.yearlySeasonality);
    QVERIFY(!config.changepoints.has_value());
}

void TestModelSettingsPanel::invalidIntervalWidthDisablesRun()
{
    ModelSettingsPanel panel;
    panel.showProblems({});
    QVERIFY(panel.runButton()->isEnabled());

    auto *width = panel.findChild<QDoubleSpinBox *>(QStringLiteral("interval_width"));
    QVERIFY(width);
    width->setValue(1.0);
    QStringList problems;
    for (const std::string &problem : panel.config().validate())
        problems.append(QString::fromStdString(problem));
    panel.showProblems(problems);

    QVERIFY(!panel.runButton()->isEnabled());
    QVERIFY(panel.runReason()->text().contains(QStringLiteral("interval_width")));
    QLabel *fieldProblem = panel.simpleForm()->problemLabel(QStringLiteral("interval_width"));
    QVERIFY(fieldProblem);
    QVERIFY(!fieldProblem->isHidden());
    QVERIFY(fieldProblem->text().contains(QStringLiteral("between 0 and 1")));
}

void TestModelSettingsPanel::problemsGoUnderTheirField_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("advanced");
    QTest::newRow("growth") << "Logistic growth needs a cap column."
                            << "growth" << false;
    QTest::newRow("n_changepoints") << "n_changepoints must be 0 or more."
                                    << "n_changepoints" << true;
    QTest::newRow("changepoint_prior_scale") << "changepoint_prior_scale must be greater than 0."
                                             << "changepoint_prior_scale" << true;
}

void TestModelSettingsPanel::problemsGoUnderTheirField()
{
    QFETCH(QString, problem);
    QFETCH(QString, field);
    QFETCH(bool, advanced);
    ModelSettingsPanel panel;
    panel.showProblems({problem});
    SettingsForm *form =
        advanced ? static_cast<SettingsForm *>(panel.advancedForm()) : panel.simpleForm();
    QCOMPARE(form->problemLabel(field)->text(), problem);
    QVERIFY(!panel.runButton()->isEnabled());
    QVERIFY(panel.runReason()->text().contains(problem));
}

void TestModelSettingsPanel::badSeedIsAProblem()
{
    ModelSettingsPanel panel;
    auto *seed = panel.findChild<QLineEdit *>(QStringLiteral("seed"));
    QVERIFY(seed);
    QCOMPARE(seed->text(), QStringLiteral("42"));
    seed->setText(QStringLiteral("99999999999999999999")); // above 2^64 - 1
    QCOMPARE(panel.ownProblems().size(), 1);
    QVERIFY(panel.ownProblems().first().startsWith(QStringLiteral("seed:")));
    panel.showProblems(panel.ownProblems());
    QVERIFY(!panel.advancedForm()->problemLabel(QStringLiteral("seed"))->isHidden());
    QVERIFY(!panel.runButton()->isEnabled());
}

void TestModelSettingsPanel::badChangepointDateIsAProblem()
{
    ModelSettingsPanel panel;
    auto *dates = panel.findChild<QLineEdit *>(QStringLiteral("changepoints"));
    QVERIFY(dates);
    dates->setText(QStringLiteral("2022-03-01, someday"));
    QCOMPARE(panel.ownProblems().size(), 1);
    QVERIFY(panel.ownProblems().first().contains(QStringLiteral("someday")));
    QCOMPARE(panel.config().changepoints->size(), std::size_t(1));
}

void TestModelSettingsPanel::everyFieldHasATooltip()
{
    ModelSettingsPanel panel;
    const auto fields = panel.findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *field : fields) {
        if (!qobject_cast<QComboBox *>(field) && !qobject_cast<QAbstractSpinBox *>(field) &&
            !qobject_cast<QLineEdit *>(field))
            continue;
        if (qobject_cast<QLineEdit *>(field) && qobject_cast<QAbstractSpinBox *>(field->parent()))
            continue; // the editor inside a spin box
        QVERIFY2(!field->toolTip().isEmpty(), qPrintable(field->objectName()));
        ++checked;
    }
    QVERIFY(checked >= 20);

    // Buttons, check boxes and tables too (not the parts Qt puts inside views and tab bars).
    int others = 0;
    for (QWidget *widget : fields) {
        const bool inner = qobject_cast<QAbstractItemView *>(widget->parent()) ||
                           qobject_cast<QTabBar *>(widget->parent());
        const bool button = qobject_cast<QAbstractButton *>(widget);
        if (inner || (!button && !qobject_cast<QTableView *>(widget)))
            continue;
        QVERIFY2(!widget->toolTip().isEmpty(),
                 qPrintable(widget->metaObject()->className() + QStringLiteral(" ") +
                            widget->objectName()));
        ++others;
    }
    QVERIFY(others >= 12);
}

void TestModelSettingsPanel::editsAreSignalled()
{
    ModelSettingsPanel panel;
    QSignalSpy spy(&panel, &ModelSettingsPanel::settingsEdited);
    panel.findChild<QComboBox *>(QStringLiteral("growth"))->setCurrentIndex(2);
    QCOMPARE(spy.count(), 1);
    QVERIFY(panel.config().growth == Growth::Flat);
}

void TestModelSettingsPanel::presetsSetTheForms()
{
    ModelSettingsPanel panel;
    ProphetConfig start;
    start.growth = Growth::Flat;
    start.countryHolidays = "DE";
    panel.showSettings(start, Horizon{});
    QSignalSpy edited(&panel, &ModelSettingsPanel::settingsEdited);

    panel.applyPreset(ModelPresets::Preset::Conservative);
    QCOMPARE(edited.count(), 1);
    ProphetConfig config = panel.config();
    QCOMPARE(config.changepointPriorScale, 0.01);
    QCOMPARE(config.seasonalityPriorScale, 1.0);
    QCOMPARE(config.intervalWidth, 0.95);
    QCOMPARE(panel.findChild<QDoubleSpinBox *>(QStringLiteral("interval_width"))->value(), 0.95);
    QVERIFY(config.growth == Growth::Flat); // kept
    QCOMPARE(config.countryHolidays, std::string("DE"));

    auto *preset = panel.findChild<QComboBox *>(QStringLiteral("preset"));
    QCOMPARE(preset->currentText(), ModelPresets::name(ModelPresets::Preset::Conservative));
    panel.findChild<QDoubleSpinBox *>(QStringLiteral("interval_width"))->setValue(0.9);
    QCOMPARE(preset->currentIndex(), 0); // edited: no longer the preset

    panel.applyPreset(ModelPresets::Preset::RetailDaily);
    config = panel.config();
    QCOMPARE(config.changepointPriorScale, 0.05);
    QVERIFY(config.seasonalityMode == ComponentMode::Multiplicative);
    QCOMPARE(panel.findChild<QComboBox *>(QStringLiteral("seasonality_mode"))->currentText(),
             QStringLiteral("multiplicative"));
    QCOMPARE(config.seasonalities.size(), std::size_t(1));
    QCOMPARE(config.seasonalities.front().name, std::string("monthly"));
    QCOMPARE(panel.advancedForm()->seasonalityModel()->rowCount(), 1);
    QVERIFY(config.weeklySeasonality == SeasonalitySwitch::on());

    panel.applyPreset(ModelPresets::Preset::MonthlyBusiness);
    config = panel.config();
    QCOMPARE(config.nChangepoints, 10);
    QVERIFY(config.weeklySeasonality == SeasonalitySwitch::off());
    QVERIFY(config.seasonalities.empty());

    panel.applyPreset(ModelPresets::Preset::Default);
    const QJsonObject prophet = [&] {
        ProphetConfig defaults;
        defaults.growth = Growth::Flat;
        defaults.countryHolidays = "DE";
        return SettingsJson::writeModel(defaults);
    }();
    QCOMPARE(SettingsJson::writeModel(panel.config()), prophet);
}

void TestModelSettingsPanel::settingsJsonRoundTripKeepsEveryField()
{
    const ProphetConfig original = everyFieldSet();
    const QJsonObject written = SettingsJson::writeModel(original);
    for (const char *key : {"algorithm", "iter", "trend_simulation", "round_parameters",
                            "holidays_mode", "country_holiday_overrides", "seasonalities"})
        QVERIFY2(written.contains(QLatin1String(key)), key);

    QCOMPARE(written.value(QLatin1String("seed")).toString(),
             QStringLiteral("18446744073709551557")); // beyond a JSON number's exact range

    // Through the file format and back.
    QStringList warnings;
    QStringList errors;
    const ProphetConfig read = SettingsJson::readModel(written, warnings, errors);
    QVERIFY2(errors.isEmpty() && warnings.isEmpty(), qPrintable((errors + warnings).join(' ')));
    QCOMPARE(SettingsJson::writeModel(read), written);

    // Through the panel's forms and back, with the country's holidays listed.
    ModelSettingsPanel panel;
    panel.setDataSpan(date("2021-01-01"), date("2023-12-31"));
    panel.showSettings(read, Horizon{});
    QVERIFY(panel.countryHolidays()->model()->rowOf(QStringLiteral("Thanksgiving")) >= 0);
    QCOMPARE(panel.userHolidays()->model()->rowCount(), 2);
    QCOMPARE(panel.advancedForm()->regressorModel()->rowCount(), 2);
    QVERIFY(panel.findChild<QCheckBox *>(QStringLiteral("round_parameters"))->isChecked());
    QCOMPARE(SettingsJson::writeModel(panel.config()), written);

    // An unset holidays mode stays unset (it follows seasonality_mode).
    ProphetConfig unset;
    unset.seasonalityMode = ComponentMode::Multiplicative;
    const ProphetConfig back =
        SettingsJson::readModel(SettingsJson::writeModel(unset), warnings, errors);
    QVERIFY(!back.holidaysMode.has_value());
}

void TestModelSettingsPanel::holidaysImportFromCsv()
{
    ModelSettingsPanel panel;
    QSignalSpy edited(&panel, &ModelSettingsPanel::settingsEdited);
    QString error;
    const QByteArray csv = "ds,holiday,lower_window,upper_window,prior_scale,note\n"
                           "2022-11-25,black_friday,0,3,20,a\n"
                           "2023-11-24,black_friday,0,3,20,\n"
                           "2023-07-01,summer_sale,-2,0,,x\n";
    QVERIFY2(panel.userHolidays()->importCsv(csv, error), qPrintable(error));
    QCOMPARE(edited.count(), 1);
    const std::vector<HolidayEvent> holidays = panel.config().holidays;
    QCOMPARE(holidays.size(), std::size_t(3));
    QCOMPARE(holidays[0].name, std::string("black_friday"));
    QCOMPARE(holidays[0].day, dayNumber(date("2022-11-25")));
    QCOMPARE(holidays[1].upperWindow, 3);
    QCOMPARE(holidays[1].priorScale.value_or(0), 20.0);
    QCOMPARE(holidays[2].lowerWindow, -2);
    QVERIFY(!holidays[2].priorScale.has_value());
    QCOMPARE(panel.userHolidays()->model()->index(2, HolidayTableModel::Date).data().toString(),
             QStringLiteral("2023-07-01"));
}

void TestModelSettingsPanel::holidayCsvErrorsNameRowColumnAndValue_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected");
    QTest::newRow("date") << QByteArray("holiday,ds\nsale,2023-01-05\nsale,05/01/2024\n")
                          << "Row 2 (line 3), column ds: \"05/01/2024\" is not a date";
    QTest::newRow("window") << QByteArray("holiday,ds,upper_window\nsale,2023-01-05,1.5\n")
                            << "Row 1 (line 2), column upper_window: \"1.5\" is not a whole";
    QTest::newRow("prior") << QByteArray("holiday,ds,prior_scale\nsale,2023-01-05,big\n")
                           << "Row 1 (line 2), column prior_scale: \"big\"";
    QTest::newRow("name") << QByteArray("holiday,ds\nsale,2023-01-05\n,2023-01-06\n")
                          << "Row 2 (line 3), column holiday";
    QTest::newRow("columns") << QByteArray("name,date\nsale,2023-01-05\n")
                             << "needs the columns \"holiday\" and \"ds\"";
}

void TestModelSettingsPanel::holidayCsvErrorsNameRowColumnAndValue()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    UserHolidaysEditor editor;
    editor.setHolidays({{"kept", 19000, 0, 0, std::nullopt}});
    QString error;
    QVERIFY(!editor.importCsv(csv, error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(editor.holidays().size(), std::size_t(1)); // the table is left as it was
}

void TestModelSettingsPanel::holidayNameUsedTwiceDisablesRun()
{
    ModelSettingsPanel panel;
    panel.setDataSpan(date("2022-01-01"), date("2023-12-31"));
    ProphetConfig config;
    config.countryHolidays = "US";
    config.holidays.push_back({"Christmas Day", dayNumber(date("2022-12-24")), 0, 0, {}});
    panel.showSettings(config, Horizon{});
    panel.showProblems(problemsOf(panel));
    QVERIFY(!panel.runButton()->isEnabled());
    QVERIFY(panel.runReason()->text().contains(QStringLiteral("\"Christmas Day\" is both")));
    QLabel *label = panel.simpleForm()->problemLabel(QStringLiteral("holidays"));
    QVERIFY(!label->isHidden());
    QVERIFY(label->text().contains(QStringLiteral("Christmas Day")));

    // Switching the country's Christmas off resolves it.
    CountryHolidayModel *country = panel.countryHolidays()->model();
    const int row = country->rowOf(QStringLiteral("Christmas Day"));
    QVERIFY(country->setData(country->index(row, CountryHolidayModel::Enabled), Qt::Unchecked,
                             Qt::CheckStateRole));
    panel.showProblems(problemsOf(panel));
    QVERIFY(panel.runButton()->isEnabled());
}

void TestModelSettingsPanel::countryListSaysWhereItsTablesEnd()
{
    std::string tabulated;
    for (const std::string &code : HolidayCalendar::countryCodes()) {
        if (HolidayCalendar::tabulatedUntil(code)) {
            tabulated = code;
            break;
        }
    }
    QVERIFY(!tabulated.empty());
    const int until = *HolidayCalendar::tabulatedUntil(tabulated);
    CountryHolidaysEditor editor;
    editor.setCountry(tabulated, CivilTime{until - 1, 1, 1}.toTimestamp(),
                      CivilTime{until, 12, 31}.toTimestamp(), {});
    QVERIFY(editor.note()->isHidden());
    QVERIFY(editor.model()->rowCount() > 0);
    editor.setCountry(tabulated, CivilTime{until - 1, 1, 1}.toTimestamp(),
                      CivilTime{until + 1, 6, 30}.toTimestamp(), {});
    QVERIFY(!editor.note()->isHidden());
    QVERIFY(editor.note()->text().contains(QString::number(until)));

    editor.setCountry("US", date("2024-01-01"), date("2024-12-31"), {});
    QVERIFY(editor.note()->isHidden());
    QCOMPARE(editor.model()->rowOf(QStringLiteral("Thanksgiving")) >= 0, true);
    const QModelIndex dates = editor.model()->index(
        editor.model()->rowOf(QStringLiteral("Thanksgiving")), CountryHolidayModel::Dates);
    QCOMPARE(dates.data().toString(), QStringLiteral("2024-11-28"));
}

void TestModelSettingsPanel::futureValuesPasteRefusesText()
{
    FutureValues values;
    values.ds = {date("2024-07-01"), date("2024-07-02"), date("2024-07-03")};
    values = FutureValues::rebuild({}, values.ds, {"cap", "price"}, {{"cap", 10.0}});
    QVERIFY(values.problems().join(' ').contains(QStringLiteral("price has no value on "
                                                                "2024-07-01")));
    FutureValuesEditor editor;
    editor.setValues(values);
    QVERIFY(editor.note()->text().contains(QStringLiteral("carried forward")));
    QString error;
    editor.view()->setCurrentIndex(editor.model()->index(1, 1));
    QVERIFY(!editor.pasteText(QStringLiteral("12\t3.5\nabc\t4\n"), error));
    QVERIFY2(error.contains(QStringLiteral("row 2, column cap: \"abc\"")), qPrintable(error));
    QCOMPARE(editor.values().values[0][1], 10.0); // nothing changed

    QVERIFY(editor.pasteText(QStringLiteral("12\t3.5\n13\t4\n"), error));
    QCOMPARE(editor.values().values[0], (std::vector<double>{10, 12, 13}));
    QCOMPARE(editor.values().carried[0], (std::vector<bool>{true, false, false}));
    QCOMPARE(editor.values().values[1][2], 4.0);
    QVERIFY(std::isnan(editor.values().values[1][0]));
    QCOMPARE(editor.values().problems().size(), 1);

    // Rebuilt for a longer horizon, the values entered are kept and the new date is carried.
    const FutureValues longer = FutureValues::rebuild(
        editor.values(), {date("2024-07-02"), date("2024-07-03"), date("2024-07-04")},
        {"cap", "price"}, {{"cap", 10.0}, {"price", 1.0}});
    QCOMPARE(longer.values[0], (std::vector<double>{12, 13, 10}));
    QCOMPARE(longer.values[1], (std::vector<double>{3.5, 4, 1}));
    QVERIFY(longer.problems().isEmpty());
}

void TestModelSettingsPanel::tablesPassTheModelTester()
{
    ModelSettingsPanel panel;
    panel.setDataSpan(date("2021-01-01"), date("2022-12-31"));
    panel.advancedForm()->setDataColumns({QStringLiteral("price")});
    panel.showSettings(everyFieldSet(), Horizon{});
    panel.showFutureValues(FutureValues::rebuild({}, {date("2023-01-01")}, {"cap"}, {}), false,
                           false, std::nullopt, std::nullopt);
    int views = 0;
    for (QTableView *view : panel.findChildren<QTableView *>()) {
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(!view->toolTip().isEmpty(), qPrintable(view->objectName()));
        for (int c = 0; c < view->model()->columnCount(); ++c)
            QVERIFY(!view->model()->headerData(c, Qt::Horizontal, Qt::ToolTipRole).isNull());
        ++views;
    }
    QCOMPARE(views, 5);
    RegressorTableModel *regressors = panel.advancedForm()->regressorModel();
    QVERIFY(regressors->insertRows(regressors->rowCount(), 1));
    QVERIFY(!regressors->setData(regressors->index(2, RegressorTableModel::Standardize),
                                 QStringLiteral("maybe")));
}

QTEST_MAIN(TestModelSettingsPanel)
#include "tst_modelsettingspanel.moc"
