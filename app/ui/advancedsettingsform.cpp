#include "advancedsettingsform.h"

#include "choicedelegate.h"
#include "regressortablemodel.h"
#include "rowtableeditor.h"
#include "seasonalitytablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTableView>

#include <cmath>
#include <limits>

namespace prognos {

namespace {

QDoubleSpinBox *scaleBox(QWidget *parent, double maximum, int decimals)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0.0, maximum);
    box->setDecimals(decimals);
    box->setSingleStep(std::pow(10.0, -decimals + 1));
    return box;
}

QSpinBox *intBox(QWidget *parent, int minimum, int maximum, const QString &special = {})
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setSpecialValueText(special);
    return box;
}

QComboBox *modeBox(QWidget *parent, bool withDefault)
{
    auto *box = new QComboBox(parent);
    if (withDefault)
        box->addItem(AdvancedSettingsForm::tr("same as seasonality_mode"));
    box->addItem(AdvancedSettingsForm::tr("additive"), int(ComponentMode::Additive));
    box->addItem(AdvancedSettingsForm::tr("multiplicative"), int(ComponentMode::Multiplicative));
    return box;
}

int orderOf(const SeasonalitySwitch &seasonality)
{
    return seasonality.kind == SeasonalitySwitch::Kind::Order ? seasonality.order : 0;
}

} // namespace

AdvancedSettingsForm::AdvancedSettingsForm(QWidget *parent)
    : SettingsForm(parent)
{
    createChangepointFields();
    createSeasonalityFields();
    createComponentFields();
    createUncertaintyFields();
    createOptimizerFields();
    connectEdits();
}

void AdvancedSettingsForm::createChangepointFields()
{
    m_nChangepoints = intBox(this, 0, 1000);
    addField(QStringLiteral("n_changepoints"), tr("Changepoints"), m_nChangepoints,
             tr("How many potential trend changes Prophet places in the history. More lets the "
                "trend bend more often; the prior decides how many are used."));
    m_changepointRange = scaleBox(this, 1.0, 2);
    addField(QStringLiteral("changepoint_range"), tr("Changepoint range"), m_changepointRange,
             tr("Share of the history (from its start) where changepoints may be placed. "
                "0.8 keeps the last fifth free so the trend is not bent by the newest points."));
    m_changepointPriorScale = scaleBox(this, 100.0, 3);
    addField(QStringLiteral("changepoint_prior_scale"), tr("Trend flexibility"),
             m_changepointPriorScale,
             tr("changepoint_prior_scale: larger values let the trend follow the data closely "
                "(and widen the future uncertainty); smaller values give a stiffer trend."));
    m_changepoints = new QLineEdit(this);
    m_changepoints->setPlaceholderText(tr("automatic, or dates such as 2022-03-01, 2023-01-15"));
    addField(QStringLiteral("changepoints"), tr("Changepoint dates"), m_changepoints,
             tr("Put the trend changes exactly on these dates (YYYY-MM-DD, separated by "
                "commas) instead of placing them automatically."));
}

void AdvancedSettingsForm::createSeasonalityFields()
{
    m_seasonalityMode = modeBox(this, false);
    addField(QStringLiteral("seasonality_mode"), tr("Seasonality mode"), m_seasonalityMode,
             tr("Additive: seasonal swings of a fixed size. Multiplicative: swings that grow "
                "with the trend."));
    m_seasonalityPriorScale = scaleBox(this, 1000.0, 2);
    addField(QStringLiteral("seasonality_prior_scale"), tr("Seasonality strength"),
             m_seasonalityPriorScale,
             tr("seasonality_prior_scale: smaller values damp the seasonal patterns."));
    m_yearlyOrder = intBox(this, 0, 100, tr("as chosen in Simple"));
    addField(QStringLiteral("yearly"), tr("Yearly Fourier order"), m_yearlyOrder,
             tr("Number of sine/cosine pairs of the yearly pattern (Prophet uses 10). Higher "
                "follows faster changes within the year but may overfit."));
    m_weeklyOrder = intBox(this, 0, 100, tr("as chosen in Simple"));
    addField(QStringLiteral("weekly"), tr("Weekly Fourier order"), m_weeklyOrder,
             tr("Number of sine/cosine pairs of the weekly pattern (Prophet uses 3)."));
    m_dailyOrder = intBox(this, 0, 100, tr("as chosen in Simple"));
    addField(QStringLiteral("daily"), tr("Daily Fourier order"), m_dailyOrder,
             tr("Number of sine/cosine pairs of the daily pattern (Prophet uses 4)."));
    m_holidaysPriorScale = scaleBox(this, 1000.0, 2);
    addField(QStringLiteral("holidays_prior_scale"), tr("Holiday strength"), m_holidaysPriorScale,
             tr("holidays_prior_scale: smaller values damp the holiday effects."));
    m_holidaysMode = modeBox(this, true);
    addField(QStringLiteral("holidays_mode"), tr("Holidays mode"), m_holidaysMode,
             tr("Whether holiday effects add a fixed amount or a share of the trend."));
}

void AdvancedSettingsForm::createComponentFields()
{
    m_seasonalities = new SeasonalityTableModel(this);
    auto *seasonalities = new RowTableEditor(m_seasonalities, tr("seasonality"), this);
    auto *modes = new ChoiceDelegate(this);
    modes->setChoices({QString(), QStringLiteral("additive"), QStringLiteral("multiplicative")});
    m_conditionChoices = new ChoiceDelegate(this);
    seasonalities->view()->setItemDelegateForColumn(SeasonalityTableModel::Mode, modes);
    seasonalities->view()->setItemDelegateForColumn(SeasonalityTableModel::Condition,
                                                    m_conditionChoices);
    const QString seasonalityTip =
        tr("Repeating patterns of your own (add_seasonality), e.g. monthly (30.5 days) or "
           "quarterly: each adds a component with that period to the forecast.");
    seasonalities->view()->setToolTip(seasonalityTip);
    addWideField(QStringLiteral("seasonalities"), tr("Custom seasonalities"), seasonalities,
                 seasonalityTip);
    addProblemPattern(QStringLiteral("seasonalities"),
                      QStringLiteral("^(Seasonality|Condition of)"));

    m_regressors = new RegressorTableModel(this);
    auto *regressors = new RowTableEditor(m_regressors, tr("regressor"), this);
    m_columnChoices = new ChoiceDelegate(this);
    auto *standardize = new ChoiceDelegate(this);
    standardize->setChoices(
        {QStringLiteral("auto"), QStringLiteral("true"), QStringLiteral("false")});
    regressors->view()->setItemDelegateForColumn(RegressorTableModel::Name, m_columnChoices);
    regressors->view()->setItemDelegateForColumn(RegressorTableModel::Mode, modes);
    regressors->view()->setItemDelegateForColumn(RegressorTableModel::Standardize, standardize);
    const QString regressorTip =
        tr("Data columns that explain part of y (add_regressor), such as prices or "
           "promotions: the forecast adds their effect and needs their future values, given "
           "on the Future tab.");
    regressors->view()->setToolTip(regressorTip);
    addWideField(QStringLiteral("regressors"), tr("Regressors"), regressors, regressorTip);
    addProblemPattern(QStringLiteral("regressors"),
                      QStringLiteral("^(Regressor|\"[^\"]*\" names a regressor)"));
}

void AdvancedSettingsForm::setDataColumns(const QStringList &columns)
{
    m_columnChoices->setChoices(columns);
    m_conditionChoices->setChoices(QStringList{QString()} + columns);
    m_regressors->setColumns(columns);
}

void AdvancedSettingsForm::createUncertaintyFields()
{
    m_uncertaintySamples = intBox(this, 0, 100000, tr("none (no interval)"));
    addField(QStringLiteral("uncertainty_samples"), tr("Uncertainty samples"), m_uncertaintySamples,
             tr("Number of simulated futures behind the interval. More gives a smoother band "
                "and takes longer; 0 skips the interval."));
    m_trendSimulation = new QComboBox(this);
    m_trendSimulation->addItem(tr("vectorized (Python Prophet)"), int(TrendSimulation::Vectorized));
    m_trendSimulation->addItem(tr("Poisson (R Prophet)"), int(TrendSimulation::Poisson));
    addField(QStringLiteral("trend_simulation"), tr("Trend simulation"), m_trendSimulation,
             tr("How future trend changes are simulated for the interval."));
    // Prophet's seed is any unsigned 64-bit number, beyond a spin box's int.
    m_seed = new QLineEdit(this);
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,20}")), m_seed));
    addField(QStringLiteral("seed"), tr("Random seed"), m_seed,
             tr("Seed of the interval simulation; the same seed gives the same band."));
    m_scaling = new QComboBox(this);
    m_scaling->addItem(tr("absmax"), int(Scaling::AbsMax));
    m_scaling->addItem(tr("minmax"), int(Scaling::MinMax));
    addField(QStringLiteral("scaling"), tr("Scaling"), m_scaling,
             tr("How y is scaled before fitting: by its largest absolute value or to the "
                "range 0 to 1. It changes the effect of the priors."));
}

void AdvancedSettingsForm::createOptimizerFields()
{
    m_algorithm = new QComboBox(this);
    m_algorithm->addItem(tr("automatic"), int(Algorithm::Auto));
    m_algorithm->addItem(tr("L-BFGS"), int(Algorithm::Lbfgs));
    m_algorithm->addItem(tr("Newton"), int(Algorithm::Newton));
    addField(QStringLiteral("algorithm"), tr("Optimizer"), m_algorithm,
             tr("Automatic uses Newton below 100 rows and L-BFGS otherwise, as Prophet does."));
    m_maxIterations = intBox(this, 0, 1000000);
    addField(QStringLiteral("iteration limit"), tr("Iteration limit"), m_maxIterations,
             tr("The most optimizer iterations before the fit stops (Stan's iter)."));
    m_roundParameters = new QCheckBox(tr("as Python Prophet's CmdStan output"), this);
    addField(QStringLiteral("round_parameters"), tr("Round parameters"), m_roundParameters,
             tr("Rounds the fitted parameters to 6 significant digits, as Python Prophet "
                "does; the forecast then matches Python's instead of R's to the last digits."));
}

void AdvancedSettingsForm::connectEdits()
{
    for (QSpinBox *box : findChildren<QSpinBox *>())
        connect(box, &QSpinBox::valueChanged, this, &AdvancedSettingsForm::edited);
    for (QDoubleSpinBox *box : findChildren<QDoubleSpinBox *>())
        connect(box, &QDoubleSpinBox::valueChanged, this, &AdvancedSettingsForm::edited);
    for (QComboBox *box : findChildren<QComboBox *>())
        connect(box, &QComboBox::currentIndexChanged, this, &AdvancedSettingsForm::edited);
    connect(m_changepoints, &QLineEdit::textEdited, this, &AdvancedSettingsForm::edited);
    connect(m_seed, &QLineEdit::textEdited, this, &AdvancedSettingsForm::edited);
    connect(m_roundParameters, &QCheckBox::toggled, this, &AdvancedSettingsForm::edited);
    connect(m_seasonalities, &SeasonalityTableModel::edited, this, &AdvancedSettingsForm::edited);
    connect(m_regressors, &RegressorTableModel::edited, this, &AdvancedSettingsForm::edited);
}

void AdvancedSettingsForm::showConfig(const ProphetConfig &config)
{
    const QSignalBlocker blocker(this);
    m_nChangepoints->setValue(config.nChangepoints);
    m_changepointRange->setValue(config.changepointRange);
    m_changepointPriorScale->setValue(config.changepointPriorScale);
    QStringList dates;
    for (Timestamp date : config.changepoints.value_or(std::vector<Timestamp>{}))
        dates.append(QString::fromStdString(formatTimestamp(date)));
    m_changepoints->setText(dates.join(QStringLiteral(", ")));
    m_seasonalityMode->setCurrentIndex(m_seasonalityMode->findData(int(config.seasonalityMode)));
    m_seasonalityPriorScale->setValue(config.seasonalityPriorScale);
    m_yearlyOrder->setValue(orderOf(config.yearlySeasonality));
    m_weeklyOrder->setValue(orderOf(config.weeklySeasonality));
    m_dailyOrder->setValue(orderOf(config.dailySeasonality));
    m_holidaysPriorScale->setValue(config.holidaysPriorScale);
    m_holidaysMode->setCurrentIndex(
        config.holidaysMode ? m_holidaysMode->findData(int(*config.holidaysMode)) : 0);
    m_uncertaintySamples->setValue(config.uncertaintySamples);
    m_trendSimulation->setCurrentIndex(m_trendSimulation->findData(int(config.trendSimulation)));
    m_seed->setText(QString::number(config.seed));
    m_scaling->setCurrentIndex(m_scaling->findData(int(config.scaling)));
    m_algorithm->setCurrentIndex(m_algorithm->findData(int(config.algorithm)));
    m_maxIterations->setValue(config.maxIterations);
    m_roundParameters->setChecked(config.roundParameters);
    m_seasonalities->setSeasonalities(config.seasonalities);
    m_regressors->setRegressors(config.regressors);
}

void AdvancedSettingsForm::readInto(ProphetConfig &config) const
{
    config.nChangepoints = m_nChangepoints->value();
    config.changepointRange = m_changepointRange->value();
    config.changepointPriorScale = m_changepointPriorScale->value();
    config.changepoints = changepointList(nullptr);
    config.seasonalityMode = ComponentMode(m_seasonalityMode->currentData().toInt());
    config.seasonalityPriorScale = m_seasonalityPriorScale->value();
    if (m_yearlyOrder->value() > 0)
        config.yearlySeasonality = SeasonalitySwitch::withOrder(m_yearlyOrder->value());
    if (m_weeklyOrder->value() > 0)
        config.weeklySeasonality = SeasonalitySwitch::withOrder(m_weeklyOrder->value());
    if (m_dailyOrder->value() > 0)
        config.dailySeasonality = SeasonalitySwitch::withOrder(m_dailyOrder->value());
    config.holidaysPriorScale = m_holidaysPriorScale->value();
    const QVariant holidaysMode = m_holidaysMode->currentData();
    config.holidaysMode = holidaysMode.isValid()
                              ? std::optional<ComponentMode>(ComponentMode(holidaysMode.toInt()))
                              : std::nullopt;
    config.uncertaintySamples = m_uncertaintySamples->value();
    config.trendSimulation = TrendSimulation(m_trendSimulation->currentData().toInt());
    bool ok = false;
    const std::uint64_t seed = m_seed->text().toULongLong(&ok);
    if (ok)
        config.seed = seed;
    config.scaling = Scaling(m_scaling->currentData().toInt());
    config.algorithm = Algorithm(m_algorithm->currentData().toInt());
    config.maxIterations = m_maxIterations->value();
    config.roundParameters = m_roundParameters->isChecked();
    config.seasonalities = m_seasonalities->seasonalities();
    config.regressors = m_regressors->regressors();
}

QStringList AdvancedSettingsForm::ownProblems() const
{
    QStringList problems;
    changepointList(&problems);
    bool ok = false;
    m_seed->text().toULongLong(&ok);
    if (!ok)
        problems.append(tr("seed: \"%1\" is not a whole number from 0 to %2.")
                            .arg(m_seed->text())
                            .arg(std::numeric_limits<std::uint64_t>::max()));
    return problems;
}

std::optional<std::vector<Timestamp>>
AdvancedSettingsForm::changepointList(QStringList *problems) const
{
    const QString text = m_changepoints->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    std::vector<Timestamp> dates;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto date = parseIsoTimestamp(part.trimmed().toStdString());
        if (date)
            dates.push_back(*date);
        else if (problems)
            problems->append(
                tr("changepoints: \"%1\" is not a date such as 2023-01-31.").arg(part.trimmed()));
    }
    return dates;
}

} // namespace prognos
