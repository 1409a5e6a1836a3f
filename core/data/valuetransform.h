#pragma once

#include <QCoreApplication>

#include <vector>

namespace prognos {

/// A transform of y applied before fitting, and its inverse for the forecast.
///
/// Prophet has no transform of its own; users log-transform y and exponentiate yhat,
/// yhat_lower and yhat_upper afterwards. Because the inverse is monotonic, intervals map to
/// intervals. log1p (log(1 + y)) accepts zeros; its inverse is expm1.
class ValueTransform
{
    Q_DECLARE_TR_FUNCTIONS(ValueTransform)

public:
    enum class Kind {
        None,
        Log,   ///< log(y); needs y > 0
        Log1p, ///< log(1 + y); needs y > -1
    };

    ValueTransform() = default;
    explicit ValueTransform(Kind kind)
        : m_kind(kind)
    {}

    Kind kind() const { return m_kind; }

    /// Whether `y` is in the domain (NaN is, as a missing value).
    bool accepts(double y) const;
    /// The transformed value.
    double apply(double y) const;
    /// The inverse: what a forecast value means on the original scale.
    double invert(double value) const;
    /// Inverts every value in place (for yhat, yhat_lower, yhat_upper).
    void invert(std::vector<double> &values) const;
    /// "log", "log1p" or "none", as the report names it.
    QString name() const;

private:
    Kind m_kind = Kind::None;
};

} // namespace prognos
