#pragma once

#include "cleaningresult.h"
#include "cleaningstep.h"
#include "seriestable.h"
#include "valuetransform.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <map>

namespace prognos {

/// An ordered, editable list of cleaning steps, applied to an untouched imported table.
///
/// Applying never modifies its input, so a step can be removed or moved and the recipe
/// re-applied to the same raw table. Steps that combine rows (aggregate, resample) keep the
/// data record of the first row of each group.
class CleaningPipeline
{
    Q_DECLARE_TR_FUNCTIONS(CleaningPipeline)

public:
    CleaningPipeline() = default;
    explicit CleaningPipeline(const QList<CleaningStep> &steps)
        : m_steps(steps)
    {}

    const QList<CleaningStep> &steps() const { return m_steps; }
    void append(const CleaningStep &step) { m_steps.append(step); }
    void remove(int index) { m_steps.removeAt(index); }
    void move(int from, int to) { m_steps.move(from, to); }

    /// Applies the steps in order to a copy of `raw`.
    CleaningResult apply(const SeriesTable &raw) const;

    /// One table per group value (rows in file order); empty without a group column.
    static std::map<QString, SeriesTable> splitByGroup(const SeriesTable &raw);

private:
    QList<CleaningStep> m_steps;
};

} // namespace prognos
