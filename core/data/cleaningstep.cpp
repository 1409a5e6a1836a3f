#include "cleaningstep.h"

#include "frequencyinference.h"

namespace prognos {

CleaningStep CleaningStep::aggregateDuplicates(Aggregator aggregator)
{
    CleaningStep step;
    step.kind = Kind::AggregateDuplicates;
    step.aggregator = aggregator;
    return step;
}

CleaningStep CleaningStep::fillMissing(Fill fill)
{
    CleaningStep step;
    step.kind = Kind::FillMissing;
    step.fill = fill;
    return step;
}

CleaningStep CleaningStep::excludeOutliers(const QList<int> &rows)
{
    CleaningStep step;
    step.kind = Kind::ExcludeOutliers;
    step.rows = rows;
    return step;
}

CleaningStep CleaningStep::transformValues(ValueTransform::Kind transform)
{
    CleaningStep step;
    step.kind = Kind::Transform;
    step.transform = transform;
    return step;
}

CleaningStep CleaningStep::resample(const Frequency &frequency, Aggregator aggregator)
{
    CleaningStep step;
    step.kind = Kind::Resample;
    step.frequency = frequency;
    step.aggregator = aggregator;
    return step;
}

CleaningStep CleaningStep::dateRange(std::optional<Timestamp> from, std::optional<Timestamp> to)
{
    CleaningStep step;
    step.kind = Kind::DateRange;
    step.from = from;
    step.to = to;
    return step;
}

CleaningStep CleaningStep::selectGroup(const QString &value)
{
    CleaningStep step;
    step.kind = Kind::SelectGroup;
    step.groupValue = value;
    return step;
}

QString CleaningStep::aggregatorName(Aggregator aggregator)
{
    switch (aggregator) {
    case Aggregator::Mean:
        return tr("mean");
    case Aggregator::Median:
        return tr("median");
    case Aggregator::Sum:
        return tr("sum");
    case Aggregator::Min:
        return tr("minimum");
    case Aggregator::Max:
        return tr("maximum");
    case Aggregator::First:
        return tr("first");
    case Aggregator::Last:
        return tr("last");
    }
    return {};
}

QString CleaningStep::describe() const
{
    const auto date = [](const std::optional<Timestamp> &ts) {
        return ts ? QString::fromStdString(formatTimestamp(*ts)) : tr("open");
    };
    switch (kind) {
    case Kind::AggregateDuplicates:
        return tr("Aggregate duplicate dates: %1").arg(aggregatorName(aggregator));
    case Kind::FillMissing:
        switch (fill) {
        case Fill::Leave:
            return tr("Missing values: leave them for Prophet");
        case Fill::Linear:
            return tr("Missing values: linear interpolation");
        case Fill::ForwardFill:
            return tr("Missing values: forward fill");
        case Fill::Zero:
            return tr("Missing values: zero");
        }
        break;
    case Kind::ExcludeOutliers:
        return rows.isEmpty() ? tr("Exclude outliers (detected)")
                              : tr("Exclude the values of %n row(s)", nullptr, int(rows.size()));
    case Kind::Transform:
        return tr("Transform y: %1").arg(ValueTransform(transform).name());
    case Kind::Resample:
        return tr("Resample to %1 (%2)")
            .arg(FrequencyInference::describe(frequency), aggregatorName(aggregator));
    case Kind::DateRange:
        return tr("Keep dates from %1 to %2").arg(date(from), date(to));
    case Kind::SelectGroup:
        return tr("Keep group \u201C%1\u201D").arg(groupValue);
    }
    return {};
}

} // namespace prognos
