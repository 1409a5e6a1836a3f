#include "cleaningstepdialog.h"

#include "data/frequencyinference.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace prognos {

namespace {

const QDate kEpoch(1970, 1, 1);

QComboBox *aggregatorBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    using A = CleaningStep::Aggregator;
    for (A aggregator : {A::Mean, A::Median, A::Sum, A::Min, A::Max, A::First, A::Last})
        box->addItem(CleaningStep::aggregatorName(aggregator), int(aggregator));
    return box;
}

void selectData(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    if (index >= 0)
        box->setCurrentIndex(index);
}

Timestamp toTimestamp(const QDate &date)
{
    return kEpoch.daysTo(date) * kMsPerDay;
}

QDate toDate(Timestamp ts)
{
    return kEpoch.addDays(ts >= 0 ? ts / kMsPerDay : -((-ts + kMsPerDay - 1) / kMsPerDay));
}

QFormLayout *pageForm(QWidget *page, const QString &help)
{
    auto *form = new QFormLayout(page);
    auto *label = new QLabel(help, page);
    label->setWordWrap(true);
    form->addRow(label);
    return form;
}

} // namespace

CleaningStepDialog::CleaningStepDialog(const QStringList &groups, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Cleaning Step"));
    createWidgets(groups);
    createLayout();
    connect(m_kind, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
}

QList<CleaningStep::Kind> CleaningStepDialog::kinds()
{
    using K = CleaningStep::Kind;
    return {K::AggregateDuplicates, K::FillMissing, K::ExcludeOutliers, K::Transform, K::Resample,
            K::DateRange,           K::SelectGroup};
}

QString CleaningStepDialog::kindName(CleaningStep::Kind kind)
{
    switch (kind) {
    case CleaningStep::Kind::AggregateDuplicates:
        return tr("Aggregate duplicate dates");
    case CleaningStep::Kind::FillMissing:
        return tr("Missing values");
    case CleaningStep::Kind::ExcludeOutliers:
        return tr("Exclude outliers");
    case CleaningStep::Kind::Transform:
        return tr("Log transform");
    case CleaningStep::Kind::Resample:
        return tr("Resample");
    case CleaningStep::Kind::DateRange:
        return tr("Date range");
    case CleaningStep::Kind::SelectGroup:
        return tr("Select a group");
    }
    return {};
}

void CleaningStepDialog::createWidgets(const QStringList &groups)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("step_kind"));
    m_pages = new QStackedWidget(this);
    for (CleaningStep::Kind kind : kinds())
        m_kind->addItem(kindName(kind), int(kind));
    m_pages->addWidget(createAggregatePage());
    m_pages->addWidget(createFillPage());
    m_pages->addWidget(createOutlierPage());
    m_pages->addWidget(createTransformPage());
    m_pages->addWidget(createResamplePage());
    m_pages->addWidget(createDateRangePage());
    m_pages->addWidget(createGroupPage());
    m_group->addItems(groups);
    if (groups.isEmpty())
        m_group->setPlaceholderText(tr("The data has no group column"));
}

void CleaningStepDialog::createLayout()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("Step:"), m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

QWidget *CleaningStepDialog::createAggregatePage()
{
    auto *page = new QWidget(this);
    QFormLayout *form =
        pageForm(page, tr("Rows that share a date become one row, their values combined. Missing "
                          "values are ignored."));
    m_aggregator = aggregatorBox(page);
    m_aggregator->setObjectName(QStringLiteral("step_aggregator"));
    form->addRow(tr("Combine with:"), m_aggregator);
    return page;
}

QWidget *CleaningStepDialog::createFillPage()
{
    auto *page = new QWidget(this);
    QFormLayout *form =
        pageForm(page, tr("Prophet fits without missing values, so leaving them is usually "
                          "best; filling invents values."));
    m_fill = new QComboBox(page);
    m_fill->setObjectName(QStringLiteral("step_fill"));
    using F = CleaningStep::Fill;
    m_fill->addItem(tr("Leave them for Prophet"), int(F::Leave));
    m_fill->addItem(tr("Linear interpolation"), int(F::Linear));
    m_fill->addItem(tr("Forward fill"), int(F::ForwardFill));
    m_fill->addItem(tr("Zero"), int(F::Zero));
    form->addRow(tr("Missing y:"), m_fill);
    return page;
}

QWidget *CleaningStepDialog::createOutlierPage()
{
    auto *page = new QWidget(this);
    QFormLayout *form = pageForm(
        page, tr("Outliers are marked and excluded: their value becomes missing and the row "
                 "stays, so Prophet fits around them."));
    m_threshold = new QDoubleSpinBox(page);
    m_threshold->setObjectName(QStringLiteral("step_threshold"));
    m_threshold->setRange(1.0, 50.0);
    m_threshold->setDecimals(1);
    m_threshold->setSuffix(tr(" robust SD"));
    m_threshold->setValue(OutlierDetector::kDefaultThreshold);
    m_threshold->setToolTip(tr("How far from the expected level, in robust standard "
                               "deviations, a value must be to count as an outlier."));
    form->addRow(tr("Threshold:"), m_threshold);
    return page;
}

QWidget *CleaningStepDialog::createTransformPage()
{
    auto *page = new QWidget(this);
    QFormLayout *form =
        pageForm(page, tr("y, cap and floor are transformed before fitting; the forecast and "
                          "its intervals are transformed back."));
    m_transform = new QComboBox(page);
    m_transform->setObjectName(QStringLiteral("step_transform"));
    m_transform->addItem(tr("log (y > 0)"), int(ValueTransform::Kind::Log));
    m_transform->addItem(tr("log1p (y ≥ 0)"), int(ValueTransform::Kind::Log1p));
    form->addRow(tr("Transform:"), m_transform);
    return page;
}

QWidget *CleaningStepDialog::createResamplePage()
{
    auto *page = new QWidget(this);
    QFormLayout *form = pageForm(page, tr("The rows of each period become one row."));
    m_frequency = new QComboBox(page);
    m_frequency->setObjectName(QStringLiteral("step_frequency"));
    for (const char *alias : {"h", "D", "W", "MS", "M", "QS", "YS"}) {
        const auto frequency = Frequency::fromPandasAlias(alias);
        if (frequency)
            m_frequency->addItem(FrequencyInference::describe(*frequency),
                                 QString::fromLatin1(alias));
    }
    m_resampleAggregator = aggregatorBox(page);
    m_resampleAggregator->setObjectName(QStringLiteral("step_resample_aggregator"));
    selectData(m_resampleAggregator, int(CleaningStep::Aggregator::Sum));
    form->addRow(tr("Frequency:"), m_frequency);
    form->addRow(tr("Combine with:"), m_resampleAggregator);
    return page;
}

QWidget *CleaningStepDialog::createDateRangePage()
{
    auto *page = new QWidget(this);
    QFormLayout *form = pageForm(page, tr("Only the rows between these dates (inclusive) are "
                                          "kept. An open end keeps everything on that side."));
    m_hasFrom = new QCheckBox(tr("From"), page);
    m_from = new QDateEdit(page);
    m_from->setObjectName(QStringLiteral("step_from"));
    m_hasTo = new QCheckBox(tr("To"), page);
    m_to = new QDateEdit(page);
    m_to->setObjectName(QStringLiteral("step_to"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    connect(m_hasFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_hasTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    form->addRow(m_hasFrom, m_from);
    form->addRow(m_hasTo, m_to);
    return page;
}

QWidget *CleaningStepDialog::createGroupPage()
{
    auto *page = new QWidget(this);
    QFormLayout *form = pageForm(page, tr("Only the rows of one group value are kept: one "
                                          "series out of a file in long format."));
    m_group = new QComboBox(page);
    m_group->setObjectName(QStringLiteral("step_group"));
    form->addRow(tr("Group:"), m_group);
    return page;
}

void CleaningStepDialog::setStep(const CleaningStep &step)
{
    selectData(m_kind, int(step.kind));
    selectData(m_aggregator, int(step.aggregator));
    selectData(m_resampleAggregator, int(step.aggregator));
    selectData(m_fill, int(step.fill));
    selectData(m_transform, int(step.transform));
    m_threshold->setValue(step.outlierThreshold);
    if (step.kind == CleaningStep::Kind::Resample)
        selectData(m_frequency, QString::fromStdString(step.frequency.toPandasAlias()));
    m_hasFrom->setChecked(step.from.has_value());
    m_hasTo->setChecked(step.to.has_value());
    if (step.from)
        m_from->setDate(toDate(*step.from));
    if (step.to)
        m_to->setDate(toDate(*step.to));
    if (!step.groupValue.isEmpty())
        m_group->setCurrentText(step.groupValue);
}

CleaningStep CleaningStepDialog::step() const
{
    using K = CleaningStep::Kind;
    using A = CleaningStep::Aggregator;
    switch (K(m_kind->currentData().toInt())) {
    case K::AggregateDuplicates:
        return CleaningStep::aggregateDuplicates(A(m_aggregator->currentData().toInt()));
    case K::FillMissing:
        return CleaningStep::fillMissing(CleaningStep::Fill(m_fill->currentData().toInt()));
    case K::ExcludeOutliers: {
        CleaningStep step = CleaningStep::excludeOutliers();
        step.outlierThreshold = m_threshold->value();
        return step;
    }
    case K::Transform:
        return CleaningStep::transformValues(
            ValueTransform::Kind(m_transform->currentData().toInt()));
    case K::Resample: {
        const auto frequency =
            Frequency::fromPandasAlias(m_frequency->currentData().toString().toStdString());
        return CleaningStep::resample(frequency.value_or(Frequency{}),
                                      A(m_resampleAggregator->currentData().toInt()));
    }
    case K::DateRange:
        return CleaningStep::dateRange(
            m_hasFrom->isChecked() ? std::optional(toTimestamp(m_from->date())) : std::nullopt,
            m_hasTo->isChecked() ? std::optional(toTimestamp(m_to->date())) : std::nullopt);
    case K::SelectGroup:
        return CleaningStep::selectGroup(m_group->currentText());
    }
    return {};
}

} // namespace prognos
