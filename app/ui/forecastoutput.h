#pragma once

#include "engine/prophet.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace prognos {

/// What a forecast run produced.
struct ForecastOutput
{
    Status status = Status::Failed;
    QString message; ///< why it failed, for the user
    QStringList warnings;
    std::shared_ptr<const FittedModel> model;
    Forecast forecast;
    qint64 elapsedMs = 0;
    bool ok() const { return status == Status::Ok; }
};

} // namespace prognos
