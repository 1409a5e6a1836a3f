#pragma once

#include "engine/frequency.h"
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
    int periods = 0;     ///< future dates the run asked for (ForecastInput::periods)
    Frequency frequency; ///< their spacing (ForecastInput::frequency)
    bool ok() const { return status == Status::Ok; }
};

} // namespace prognos
