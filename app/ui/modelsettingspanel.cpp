#include "modelsettingspanel.h"

#include "advancedsettingsform.h"
#include "countryholidayseditor.h"
#include "futurevalueseditor.h"
#include "settingsform.h"
#include "userholidayseditor.h"

#include "holidays/holidaycalendar.h"

#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <set>

namespace prognos {

namespace {

void selectData(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

SeasonalitySwitch switchFrom(const QComboBox *box, const SeasonalitySwitch &previous)
{
    const auto kind = SeasonalitySwitch::Kind(box->currentData().toInt());
    if (kind == SeasonalitySwitch::Kind::On && previous.kind == SeasonalitySwitch::Kind::Order)
        return previous; // the Advanced page's Fourier order
    return {kind, 0};
}

QScrollArea *scrolled(QWidget *page)
{
    auto *area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

ModelSettingsPanel::ModelSettingsPanel(QWidget *parent)
    : QWidget(parent)
{
    createSimpleForm();
    m_advanced = new AdvancedSettingsForm(this);
    m_future = new FutureValuesEditor(this);
    createLayout();
    connectSignals();
    showSettings(ProphetConfig{}, Horizon{});
}

void ModelSettingsPanel::createSimpleForm()
{
    m_simple = new SettingsForm(this);
    createPresetField();
    createHorizonField();
    m_growth = new QComboBox(m_simple);
    m_growth->addItem(tr("linear"), int(Growth::Linear));
    m_growth->addItem(tr("logistic (needs a cap)"), int(Growth::Logistic));
    m_growth->addItem(tr("flat"), int(Growth::Flat));
    m_simple->addField(QStringLiteral("growth"), tr("Growth"), m_growth,
                       tr("Linear: the trend goes on in a straight line. Logistic: it levels "
                          "off at the cap (a data column or the History cap, and the cap "
                          "values on the Future tab). Flat: no trend, only seasonality."));
    createSeasonalityFields();
    createHolidayFields();

    m_intervalWidth = new QDoubleSpinBox(m_simple);
    m_intervalWidth->setRange(0.0, 1.0);
    m_intervalWidth->setDecimals(2);
    m_intervalWidth->setSingleStep(0.05);
    m_simple->addField(QStringLiteral("interval_width"), tr("Interval width"), m_intervalWidth,
                       tr("Probability that a future value falls inside the shaded band, "
                          "e.g. 0.80 for 80 %. Wider bands are safer but less precise."));
}

void ModelSettingsPanel::createPresetField()
{
    m_preset = new QComboBox(m_simple);
    m_preset->addItem(tr("choose a preset…"));
    QStringList descriptions;
    for (ModelPresets::Preset preset : ModelPresets::all()) {
        m_preset->addItem(ModelPresets::name(preset), int(preset));
        m_preset->setItemData(m_preset->count() - 1, ModelPresets::description(preset),
                              Qt::ToolTipRole);
        descriptions.append(ModelPresets::name(preset) + QLatin1String(": ") +
                            ModelPresets::description(preset));
    }
    m_simple->addField(QStringLiteral("preset"), tr("Preset"), m_preset,
                       tr("Sets the model settings for a kind of data; growth, holidays and "
                          "regressors are kept.\n%1")
                           .arg(descriptions.join(QLatin1Char('\n'))));
}

void ModelSettingsPanel::createHolidayFields()
{
    m_country = new QComboBox(m_simple);
    m_country->addItem(tr("none"), QString());
    for (const std::string &code : HolidayCalendar::countryCodes()) {
        if (HolidayCalendar::canonicalCode(code) != code)
            continue;
        const QString name = QString::fromStdString(HolidayCalendar::countryName(code));
        m_country->addItem(tr("%1 (%2)").arg(name, QString::fromStdString(code)),
                           QString::fromStdString(code));
    }
    // Searchable: typing part of a country's name offers the matching ones.
    m_country->setEditable(true);
    m_country->setInsertPolicy(QComboBox::NoInsert);
    m_country->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_country->completer()->setFilterMode(Qt::MatchContains);
    m_simple->addField(QStringLiteral("country_holidays"), tr("Country holidays"), m_country,
                       tr("Public holidays of this country get their own effect, so spikes "
                          "on those days are expected again next year. Type to search."));
    m_country->lineEdit()->setToolTip(m_country->toolTip());

    m_countryHolidays = new CountryHolidaysEditor(m_simple);
    m_simple->addWideField(QStringLiteral("country_holiday_overrides"),
                           tr("Holidays of this country"), m_countryHolidays,
                           tr("The country's holidays over the data and the horizon: switch one "
                              "off to forecast its days as ordinary days, or widen its window."));
    m_simple->addProblemPattern(QStringLiteral("country_holiday_overrides"),
                                QStringLiteral("^Country holiday"));

    m_userHolidays = new UserHolidaysEditor(m_simple);
    m_simple->addWideField(QStringLiteral("holidays"), tr("Your holidays"), m_userHolidays,
                           tr("Events of your own (promotions, closures, local holidays) with "
                              "their past and future dates: each name gets an effect that the "
                              "forecast repeats on its future dates."));
    m_simple->addProblemPattern(QStringLiteral("holidays"), QStringLiteral("^Holiday"));
}

void ModelSettingsPanel::createHorizonField()
{
    auto *horizon = new QWidget(m_simple);
    m_horizonAmount = new QSpinBox(horizon);
    m_horizonAmount->setRange(1, 100000);
    m_horizonUnit = new QComboBox(horizon);
    m_horizonUnit->addItem(tr("steps of the data"), int(Horizon::Unit::Steps));
    m_horizonUnit->addItem(tr("days"), int(Horizon::Unit::Days));
    m_horizonUnit->addItem(tr("weeks"), int(Horizon::Unit::Weeks));
    m_horizonUnit->addItem(tr("months"), int(Horizon::Unit::Months));
    m_horizonUnit->addItem(tr("years"), int(Horizon::Unit::Years));
    auto *layout = new QHBoxLayout(horizon);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_horizonAmount);
    layout->addWidget(m_horizonUnit);
    const QString tip = tr("How far past the last date to forecast. The future dates follow "
                           "the spacing of the data.");
    m_horizonAmount->setToolTip(tip);
    m_horizonUnit->setToolTip(tip);
    m_simple->addField(QStringLiteral("periods"), tr("Horizon"), horizon, tip);
}

QComboBox *ModelSettingsPanel::seasonalityBox()
{
    auto *box = new QComboBox(m_simple);
    box->addItem(tr("auto"), int(SeasonalitySwitch::Kind::Auto));
    box->addItem(tr("on"), int(SeasonalitySwitch::Kind::On));
    box->addItem(tr("off"), int(SeasonalitySwitch::Kind::Off));
    return box;
}

void ModelSettingsPanel::createSeasonalityFields()
{
    m_yearly = seasonalityBox();
    m_simple->addField(QStringLiteral("yearly"), tr("Yearly seasonality"), m_yearly,
                       tr("A pattern that repeats every year (summer peaks, winter lows). Auto "
                          "turns it on with two years of data or more."));
    m_weekly = seasonalityBox();
    m_simple->addField(QStringLiteral("weekly"), tr("Weekly seasonality"), m_weekly,
                       tr("A pattern that repeats every week (quiet weekends). Auto turns it "
                          "on for data spaced a day or less apart over two weeks or more."));
    m_daily = seasonalityBox();
    m_simple->addField(QStringLiteral("daily"), tr("Daily seasonality"), m_daily,
                       tr("A pattern over the 24 hours of a day. Auto turns it on only for "
                          "data with several values per day."));
}

void ModelSettingsPanel::createLayout()
{
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(scrolled(m_simple), tr("Simple"));
    m_tabs->addTab(scrolled(m_advanced), tr("Advanced"));
    m_tabs->addTab(m_future, tr("Future"));
    m_tabs->setTabToolTip(2, tr("Values of cap, floor and regressors on the horizon's dates"));

    m_run = new QPushButton(QIcon(QStringLiteral(":/icons/run.svg")), tr("&Run forecast"), this);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setToolTip(tr("Fit the model to the data and forecast the horizon."));
    m_cancel = new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("Cancel"), this);
    m_cancel->setToolTip(tr("Stop the running forecast."));
    m_cancel->setEnabled(false);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("runReason"));
    m_reason->setWordWrap(true);
    m_reason->setStyleSheet(QStringLiteral("color: #d03030;"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_reason);
}

void ModelSettingsPanel::connectSignals()
{
    for (QComboBox *box : m_simple->findChildren<QComboBox *>()) {
        if (box != m_preset && box != m_country)
            connect(box, &QComboBox::currentIndexChanged, this,
                    &ModelSettingsPanel::settingsEdited);
    }
    connect(m_horizonAmount, &QSpinBox::valueChanged, this, &ModelSettingsPanel::settingsEdited);
    connect(m_intervalWidth, &QDoubleSpinBox::valueChanged, this,
            &ModelSettingsPanel::settingsEdited);
    connect(m_advanced, &AdvancedSettingsForm::edited, this, &ModelSettingsPanel::settingsEdited);
    connect(m_userHolidays, &UserHolidaysEditor::edited, this, &ModelSettingsPanel::settingsEdited);
    connect(m_countryHolidays, &CountryHolidaysEditor::edited, this,
            &ModelSettingsPanel::settingsEdited);
    connect(m_country, &QComboBox::currentIndexChanged, this, [this] {
        // The overrides belonged to the previous country's holidays.
        showCountryHolidays({});
    });
    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        const QVariant preset = m_preset->itemData(index);
        if (preset.isValid())
            applyPreset(ModelPresets::Preset(preset.toInt()));
    });
    connect(m_future, &FutureValuesEditor::valuesEdited, this,
            &ModelSettingsPanel::futureValuesEdited);
    connect(m_future, &FutureValuesEditor::historyLimitsEdited, this,
            &ModelSettingsPanel::historyLimitsEdited);
    connect(this, &ModelSettingsPanel::settingsEdited, this, [this] {
        if (!m_applyingPreset)
            m_preset->setCurrentIndex(0); // the settings no longer are the preset's
    });
    connect(m_run, &QPushButton::clicked, this, &ModelSettingsPanel::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &ModelSettingsPanel::cancelRequested);
}

void ModelSettingsPanel::showSettings(const ProphetConfig &config, const Horizon &horizon)
{
    const QSignalBlocker blocker(this);
    m_base = config;
    m_horizonAmount->setValue(horizon.amount);
    selectData(m_horizonUnit, int(horizon.unit));
    selectData(m_growth, int(config.growth));
    const auto kindOf = [](const SeasonalitySwitch &s) {
        return int(s.kind == SeasonalitySwitch::Kind::Order ? SeasonalitySwitch::Kind::On : s.kind);
    };
    selectData(m_yearly, kindOf(config.yearlySeasonality));
    selectData(m_weekly, kindOf(config.weeklySeasonality));
    selectData(m_daily, kindOf(config.dailySeasonality));
    selectData(m_country, QString::fromStdString(config.countryHolidays));
    showCountryHolidays(config.countryHolidayOverrides);
    m_userHolidays->setHolidays(config.holidays);
    m_intervalWidth->setValue(config.intervalWidth);
    m_advanced->showConfig(config);
}

void ModelSettingsPanel::showCountryHolidays(const std::vector<CountryHolidayOverride> &overrides)
{
    const QSignalBlocker blocker(m_countryHolidays);
    m_countryHolidays->setCountry(m_country->currentData().toString().toStdString(), m_first,
                                  m_last, overrides);
    m_countryHolidays->setEnabled(m_country->currentIndex() > 0);
    if (!signalsBlocked())
        emit settingsEdited();
}

void ModelSettingsPanel::setDataSpan(Timestamp first, Timestamp last)
{
    m_userHolidays->setDefaultDay(dayNumber(last));
    if (first == m_first && last == m_last)
        return;
    m_first = first;
    m_last = last;
    const QSignalBlocker blocker(this);
    showCountryHolidays(m_countryHolidays->overrides());
}

void ModelSettingsPanel::setDataColumns(const QStringList &columns)
{
    m_advanced->setDataColumns(columns);
}

void ModelSettingsPanel::showFutureValues(const FutureValues &values, bool dataHasCap,
                                          bool dataHasFloor, std::optional<double> historyCap,
                                          std::optional<double> historyFloor)
{
    const QSignalBlocker blocker(m_future);
    m_future->setValues(values);
    m_future->setHistoryLimits(dataHasCap, dataHasFloor, historyCap, historyFloor);
}

void ModelSettingsPanel::applyPreset(ModelPresets::Preset preset)
{
    showSettings(ModelPresets::apply(preset, config()), horizon());
    m_applyingPreset = true;
    selectData(m_preset, int(preset));
    emit settingsEdited();
    m_applyingPreset = false;
}

ProphetConfig ModelSettingsPanel::config() const
{
    ProphetConfig config = m_base;
    config.growth = Growth(m_growth->currentData().toInt());
    config.yearlySeasonality = switchFrom(m_yearly, m_base.yearlySeasonality);
    config.weeklySeasonality = switchFrom(m_weekly, m_base.weeklySeasonality);
    config.dailySeasonality = switchFrom(m_daily, m_base.dailySeasonality);
    config.countryHolidays = m_country->currentData().toString().toStdString();
    config.countryHolidayOverrides = m_countryHolidays->overrides();
    config.holidays = m_userHolidays->holidays();
    config.intervalWidth = m_intervalWidth->value();
    m_advanced->readInto(config);
    return config;
}

Horizon ModelSettingsPanel::horizon() const
{
    return {m_horizonAmount->value(), Horizon::Unit(m_horizonUnit->currentData().toInt())};
}

QStringList ModelSettingsPanel::ownProblems() const
{
    return m_advanced->ownProblems() + m_future->ownProblems() + holidayNameProblems();
}

QStringList ModelSettingsPanel::holidayNameProblems() const
{
    QStringList problems;
    const QStringList country = m_countryHolidays->enabledNames();
    std::set<std::string> seen;
    for (const HolidayEvent &holiday : m_userHolidays->holidays()) {
        const QString name = QString::fromStdString(holiday.name);
        if (seen.insert(holiday.name).second && country.contains(name))
            problems.append(tr("Holiday \"%1\" is both one of your holidays and a holiday of "
                               "%2; rename yours or switch the country's off.")
                                .arg(name, m_country->currentText()));
    }
    return problems;
}

void ModelSettingsPanel::showProblems(const QStringList &problems)
{
    m_advanced->showProblems(m_simple->showProblems(m_future->showProblems(problems)));
    m_runnable = problems.isEmpty();
    m_reason->setText(m_runnable ? QString()
                                 : tr("Run is disabled: %1").arg(problems.join(QLatin1Char(' '))));
    m_run->setEnabled(m_runnable && !m_running);
}

void ModelSettingsPanel::setRunning(bool running)
{
    m_running = running;
    m_run->setEnabled(m_runnable && !m_running);
    m_cancel->setEnabled(running);
}

} // namespace prognos
