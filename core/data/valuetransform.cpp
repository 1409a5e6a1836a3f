#include "valuetransform.h"

#include <cmath>

namespace prognos {

bool ValueTransform::accepts(double y) const
{
    switch (m_kind) {
    case Kind::None:
        return true;
    case Kind::Log:
        return std::isnan(y) || y > 0.0;
    case Kind::Log1p:
        return std::isnan(y) || y > -1.0;
    }
    return true;
}

double ValueTransform::apply(double y) const
{
    switch (m_kind) {
    case Kind::None:
        return y;
    case Kind::Log:
        return std::log(y);
    case Kind::Log1p:
        return std::log1p(y);
    }
    return y;
}

double ValueTransform::invert(double value) const
{
    switch (m_kind) {
    case Kind::None:
        return value;
    case Kind::Log:
        return std::exp(value);
    case Kind::Log1p:
        return std::expm1(value);
    }
    return value;
}

void ValueTransform::invert(std::vector<double> &values) const
{
    for (double &v : values)
        v = invert(v);
}

QString ValueTransform::name() const
{
    switch (m_kind) {
    case Kind::None:
        return tr("none");
    case Kind::Log:
        return QStringLiteral("log");
    case Kind::Log1p:
        return QStringLiteral("log1p");
    }
    return {};
}

} // namespace prognos
