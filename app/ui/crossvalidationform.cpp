#include "crossvalidationform.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>

namespace prognos {

namespace {

QStringList cutoffTexts(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
}

} // namespace

CrossValidationForm::CrossValidationForm(QWidget *parent)
    : QWidget(parent)
{
    m_horizon = createSpanField(QStringLiteral("cv_horizon"), {});
    m_horizon.count->setMinimum(0);
    m_period = createSpanField(QStringLiteral("cv_period"), tr("half the horizon"));
    m_initial = createSpanField(QStringLiteral("cv_initial"), tr("three horizons"));
    m_spaced = new QRadioButton(tr("Cutoffs every period after the initial window"), this);
    m_spaced->setObjectName(QStringLiteral("cv_spaced"));
    m_spaced->setChecked(true);
    m_explicit = new QRadioButton(tr("These cutoffs:"), this);
    m_explicit->setObjectName(QStringLiteral("cv_explicit"));
    auto *mode = new QButtonGroup(this);
    mode->addButton(m_spaced);
    mode->addButton(m_explicit);
    m_cutoffs = new QLineEdit(this);
    m_cutoffs->setObjectName(QStringLiteral("cv_cutoffs"));
    m_cutoffs->setPlaceholderText(tr("e.g. 2023-01-01, 2023-07-01"));
    m_cutoffs->setToolTip(tr("Dates (YYYY-MM-DD, optionally with a time) separated by commas "
                             "or spaces. Each cutoff is fitted on the history up to it."));
    m_rollingWindow = new QDoubleSpinBox(this);
    m_rollingWindow->setObjectName(QStringLiteral("cv_rolling_window"));
    m_rollingWindow->setRange(0, 1);
    m_rollingWindow->setDecimals(2);
    m_rollingWindow->setSingleStep(0.05);
    m_rollingWindow->setValue(0.1);
    m_rollingWindow->setToolTip(
        tr("Share of the predictions averaged for each horizon (Prophet's "
           "rolling_window): 0 scores each horizon alone, 1 all together."));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("cv_problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_plan = new QLabel(this);
    m_plan->setWordWrap(true);
    createLayout();
    connect(m_spaced, &QRadioButton::toggled, this, &CrossValidationForm::updateMode);
    connect(m_cutoffs, &QLineEdit::textChanged, this, &CrossValidationForm::edited);
    connect(m_rollingWindow, &QDoubleSpinBox::valueChanged, this, &CrossValidationForm::edited);
    updateMode();
}

CrossValidationForm::SpanField CrossValidationForm::createSpanField(const QString &name,
                                                                    const QString &defaultText)
{
    SpanField field;
    field.count = new QDoubleSpinBox(this);
    field.count->setObjectName(name);
    field.count->setRange(0, 1e6);
    field.count->setDecimals(2);
    if (!defaultText.isEmpty())
        field.count->setSpecialValueText(tr("Default: %1").arg(defaultText));
    field.unit = new QComboBox(this);
    field.unit->setObjectName(name + QStringLiteral("_unit"));
    field.unit->addItem(tr("hours"), int(CalendarSpan::Unit::Hours));
    field.unit->addItem(tr("days"), int(CalendarSpan::Unit::Days));
    field.unit->addItem(tr("weeks"), int(CalendarSpan::Unit::Weeks));
    field.unit->addItem(tr("months"), int(CalendarSpan::Unit::Months));
    field.unit->setCurrentIndex(1);
    connect(field.count, &QDoubleSpinBox::valueChanged, this, &CrossValidationForm::edited);
    connect(field.unit, &QComboBox::currentIndexChanged, this, &CrossValidationForm::edited);
    return field;
}

void CrossValidationForm::createLayout()
{
    auto row = [this](const SpanField &field) {
        auto *box = new QWidget(this);
        auto *layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(field.count, 1);
        layout->addWidget(field.unit);
        return box;
    };
    auto *form = new QFormLayout(this);
    form->addRow(tr("Horizon"), row(m_horizon));
    form->addRow(m_spaced);
    form->addRow(tr("Initial window"), row(m_initial));
    form->addRow(tr("Period"), row(m_period));
    form->addRow(m_explicit, m_cutoffs);
    form->addRow(tr("Rolling window"), m_rollingWindow);
    form->addRow(m_problem);
    form->addRow(m_plan);
    m_horizon.count->setToolTip(tr("How far each fold forecasts. Calendar months step through "
                                   "the calendar (31 January + 1 month = 28 or 29 February)."));
    m_initial.count->setToolTip(tr("History before the first cutoff. 0: three horizons, or the "
                                   "longest seasonality when that is longer (Prophet's default)."));
    m_period.count->setToolTip(tr("Spacing of the cutoffs. 0: half the horizon (Prophet's "
                                  "default)."));
}

void CrossValidationForm::updateMode()
{
    const bool spaced = m_spaced->isChecked();
    for (const SpanField *field : {&m_period, &m_initial}) {
        field->count->setEnabled(spaced);
        field->unit->setEnabled(spaced);
    }
    m_cutoffs->setEnabled(!spaced);
    emit edited();
}

std::optional<CalendarSpan> CrossValidationForm::spanOf(const SpanField &field)
{
    if (field.count->value() <= 0)
        return std::nullopt;
    return CalendarSpan{field.count->value(),
                        CalendarSpan::Unit(field.unit->currentData().toInt())};
}

void CrossValidationForm::showSpan(const SpanField &field, const std::optional<CalendarSpan> &span)
{
    const QSignalBlocker countBlocker(field.count);
    const QSignalBlocker unitBlocker(field.unit);
    field.count->setValue(span ? span->count : 0);
    if (span)
        field.unit->setCurrentIndex(field.unit->findData(int(span->unit)));
}

void CrossValidationForm::setHorizon(const CalendarSpan &horizon)
{
    CrossValidationConfig config;
    config.horizon = horizon;
    showSettings(config, MetricsOptions{});
}

void CrossValidationForm::showSettings(const CrossValidationConfig &config,
                                       const MetricsOptions &metrics)
{
    showSpan(m_horizon, config.horizon);
    showSpan(m_period, config.period);
    showSpan(m_initial, config.initial);
    QStringList dates;
    for (Timestamp cutoff : config.cutoffs)
        dates.append(QString::fromStdString(formatTimestamp(cutoff)));
    {
        const QSignalBlocker blocker(m_cutoffs);
        m_cutoffs->setText(dates.join(QStringLiteral(", ")));
    }
    {
        const QSignalBlocker blocker(m_rollingWindow);
        m_rollingWindow->setValue(metrics.rollingWindow);
    }
    (config.cutoffs.empty() ? m_spaced : m_explicit)->setChecked(true);
    emit edited();
}

CrossValidationConfig CrossValidationForm::config() const
{
    CrossValidationConfig config;
    config.horizon = spanOf(m_horizon).value_or(CalendarSpan::days(0));
    if (m_spaced->isChecked()) {
        config.period = spanOf(m_period);
        config.initial = spanOf(m_initial);
        return config;
    }
    for (const QString &text : cutoffTexts(m_cutoffs->text())) {
        if (const auto cutoff = parseIsoTimestamp(text.toStdString()))
            config.cutoffs.push_back(*cutoff);
    }
    return config;
}

MetricsOptions CrossValidationForm::metricsOptions() const
{
    MetricsOptions options;
    options.rollingWindow = m_rollingWindow->value();
    return options;
}

QStringList CrossValidationForm::problems() const
{
    if (m_spaced->isChecked())
        return {};
    QStringList problems;
    const QStringList texts = cutoffTexts(m_cutoffs->text());
    if (texts.isEmpty())
        problems.append(tr("Give at least one cutoff date, e.g. 2023-01-01."));
    // However long the text, only the first few unreadable dates are named.
    constexpr int kMaxNamed = 5;
    int unreadable = 0;
    for (const QString &text : texts) {
        if (parseIsoTimestamp(text.toStdString()))
            continue;
        if (++unreadable <= kMaxNamed)
            problems.append(tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(text));
    }
    if (unreadable > kMaxNamed)
        problems.append(tr("%n more text(s) that are not dates.", nullptr, unreadable - kMaxNamed));
    return problems;
}

void CrossValidationForm::showStatus(const QStringList &problems, const QString &plan)
{
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    m_plan->setText(plan);
}

} // namespace prognos
