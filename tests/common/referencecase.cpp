#include "referencecase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace prognos::testing {

QString sharedDir()
{
    const QString dir = qEnvironmentVariable("PROGNOS_SHARED_DIR");
    if (dir.isEmpty() || !QDir(dir + QStringLiteral("/reference")).exists())
        return {};
    return dir;
}

CsvTable CsvTable::read(const QString &path)
{
    CsvTable table;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return table;
    bool first = true;
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        QStringList cells;
        QString cell;
        bool quoted = false;
        for (QChar c : line) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (c == QLatin1Char(',') && !quoted)
                cells << std::exchange(cell, QString());
            else
                cell += c;
        }
        cells << cell;
        if (first)
            table.header = cells;
        else
            table.rows.push_back(cells);
        first = false;
    }
    return table;
}

int CsvTable::columnIndex(const QString &name) const
{
    return static_cast<int>(header.indexOf(name));
}

std::vector<double> CsvTable::numbers(const QString &name) const
{
    std::vector<double> values;
    const int column = columnIndex(name);
    if (column < 0)
        return values;
    values.reserve(rows.size());
    for (const QStringList &row : rows) {
        bool ok = false;
        const double value = row.value(column).toDouble(&ok);
        values.push_back(ok ? value : std::nan(""));
    }
    return values;
}

std::vector<Timestamp> CsvTable::dates(const QString &name) const
{
    std::vector<Timestamp> values;
    const int column = columnIndex(name);
    for (const QStringList &row : rows)
        values.push_back(parseIsoTimestamp(row.value(column).toStdString()).value_or(0));
    return values;
}

double rangeOf(const std::vector<double> &values)
{
    double lo = INFINITY;
    double hi = -INFINITY;
    for (double v : values) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    return hi - lo;
}

TimeSeries readSeries(const CsvTable &table)
{
    TimeSeries series;
    series.ds = table.dates(QStringLiteral("ds"));
    for (const QString &name : table.header) {
        if (name == QLatin1String("ds"))
            continue;
        std::vector<double> values = table.numbers(name);
        if (name == QLatin1String("y"))
            series.y = std::move(values);
        else if (name == QLatin1String("cap"))
            series.cap = std::move(values);
        else if (name == QLatin1String("floor"))
            series.floor = std::move(values);
        else
            series.columns[name.toStdString()] = std::move(values);
    }
    return series;
}

QStringList ReferenceCase::names()
{
    const QString shared = sharedDir();
    if (shared.isEmpty())
        return {};
    return QDir(shared + QStringLiteral("/reference/cases"))
        .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

ReferenceCase ReferenceCase::load(const QString &name, CountryHolidays holidays)
{
    ReferenceCase c;
    c.name = name;
    const QString reference = sharedDir() + QStringLiteral("/reference/");
    c.folder = reference + QStringLiteral("cases/") + name + QLatin1Char('/');
    QFile configFile(c.folder + QStringLiteral("config.json"));
    if (configFile.open(QIODevice::ReadOnly))
        c.configJson = QJsonDocument::fromJson(configFile.readAll()).object();
    QStringList warnings;
    QStringList errors;
    c.config = SettingsJson::readModel(c.configJson, warnings, errors);
    c.horizon = SettingsJson::readHorizon(c.configJson, errors);
    if (holidays == CountryHolidays::Expanded &&
        QFile::exists(c.folder + QStringLiteral("holidays_expanded.csv"))) {
        const CsvTable table = CsvTable::read(c.folder + QStringLiteral("holidays_expanded.csv"));
        c.config.holidays.clear();
        c.config.countryHolidays.clear();
        const std::vector<Timestamp> days = table.dates(QStringLiteral("ds"));
        const std::vector<double> lower = table.numbers(QStringLiteral("lower_window"));
        const std::vector<double> upper = table.numbers(QStringLiteral("upper_window"));
        const int nameColumn = table.columnIndex(QStringLiteral("holiday"));
        for (std::size_t i = 0; i < table.rows.size(); ++i) {
            HolidayEvent h;
            h.name = table.rows[i].value(nameColumn).toStdString();
            h.day = dayNumber(days[i]);
            h.lowerWindow = static_cast<int>(lower[i]);
            h.upperWindow = static_cast<int>(upper[i]);
            c.config.holidays.push_back(h);
        }
    }
    c.history = readSeries(CsvTable::read(reference + c.configJson.value("data").toString()));
    c.future = readSeries(CsvTable::read(c.folder + QStringLiteral("future.csv")));
    c.rProphet = CsvTable::read(c.folder + QStringLiteral("r_prophet.csv"));
    QFile params(c.folder + QStringLiteral("r_params.json"));
    if (params.open(QIODevice::ReadOnly))
        c.rParams = QJsonDocument::fromJson(params.readAll()).object();
    return c;
}

ModelParameters ReferenceCase::rParameters(const FittedModel &model) const
{
    auto vector = [](const QJsonArray &array) {
        Eigen::VectorXd v(array.size());
        for (int i = 0; i < array.size(); ++i)
            v[i] = array.at(i).toDouble();
        return v;
    };
    ModelParameters p;
    p.k = rParams.value("k").toDouble();
    p.m = rParams.value("m").toDouble();
    p.sigmaObs = rParams.value("sigma_obs").toDouble();
    p.delta = vector(rParams.value("delta").toArray());
    const Eigen::VectorXd beta = vector(rParams.value("beta").toArray());
    const QJsonArray names = rParams.value("feature_names").toArray();
    p.beta = Eigen::VectorXd::Constant(static_cast<Eigen::Index>(model.featureNames.size()),
                                       std::nan(""));
    for (int i = 0; i < names.size(); ++i) {
        for (std::size_t j = 0; j < model.featureNames.size(); ++j) {
            if (model.featureNames[j] == names.at(i).toString().toStdString())
                p.beta[static_cast<Eigen::Index>(j)] = beta[i];
        }
    }
    return p;
}

} // namespace prognos::testing
