#include "seasonalitytablemodel.h"

namespace prognos {

namespace {

QString modeText(const std::optional<ComponentMode> &mode)
{
    return mode ? QString::fromUtf8(toString(*mode).data()) : QString();
}

} // namespace

SeasonalityTableModel::SeasonalityTableModel(QObject *parent)
    : SpecTableModel(parent)
{}

void SeasonalityTableModel::setSeasonalities(std::vector<SeasonalitySpec> seasonalities)
{
    beginResetModel();
    m_rows = std::move(seasonalities);
    endResetModel();
}

QVariant SeasonalityTableModel::cell(int row, int column) const
{
    const SeasonalitySpec &s = m_rows[std::size_t(row)];
    switch (column) {
    case Name:
        return QString::fromStdString(s.name);
    case Period:
        return s.period;
    case FourierOrder:
        return s.fourierOrder;
    case PriorScale:
        return s.priorScale ? QVariant(*s.priorScale) : QVariant(QString());
    case Mode:
        return modeText(s.mode);
    case Condition:
        return QString::fromStdString(s.conditionName);
    default:
        return {};
    }
}

bool SeasonalityTableModel::setCell(int row, int column, const QString &text)
{
    SeasonalitySpec &s = m_rows[std::size_t(row)];
    bool ok = true;
    switch (column) {
    case Name:
        s.name = text.toStdString();
        break;
    case Period:
        s.period = text.toDouble(&ok);
        break;
    case FourierOrder:
        s.fourierOrder = text.toInt(&ok);
        break;
    case PriorScale:
        if (text.isEmpty())
            s.priorScale.reset();
        else
            s.priorScale = text.toDouble(&ok);
        break;
    case Mode:
        s.mode = modeFromString(text.toStdString());
        ok = text.isEmpty() || s.mode.has_value();
        break;
    case Condition:
        s.conditionName = text.toStdString();
        break;
    default:
        return false;
    }
    return ok;
}

QVariant SeasonalityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[] = {"name",        "period", "fourier_order",
                                        "prior_scale", "mode",   "condition_name"};
    if (role == Qt::DisplayRole && section >= 0 && section < ColumnCount)
        return QString::fromLatin1(names[section]);
    if (role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case Name:
        return tr("The seasonality's name, shown as its component in the results.");
    case Period:
        return tr("Length of one cycle in days, e.g. 30.5 for monthly or 91.3 for quarterly.");
    case FourierOrder:
        return tr("Sine/cosine pairs: more follows sharper patterns within the cycle but may "
                  "overfit.");
    case PriorScale:
        return tr("How strong this pattern may be; empty uses Seasonality strength.");
    case Mode:
        return tr("additive (a fixed swing) or multiplicative (a share of the trend); empty "
                  "uses Seasonality mode.");
    case Condition:
        return tr("A 0/1 column of the data: the pattern applies only on rows where it is 1 "
                  "(e.g. on-season and off-season weeks). It needs future values too.");
    }
    return {};
}

void SeasonalityTableModel::insertNewRow(int row)
{
    SeasonalitySpec spec;
    spec.name = "monthly";
    spec.period = 30.5;
    spec.fourierOrder = 5;
    m_rows.insert(m_rows.begin() + row, spec);
}

void SeasonalityTableModel::eraseRows(int row, int count)
{
    m_rows.erase(m_rows.begin() + row, m_rows.begin() + row + count);
}

} // namespace prognos
