#include "crossvalidationconfig.h"

namespace prognos {

std::vector<std::string> CrossValidationConfig::validate() const
{
    std::vector<std::string> problems;
    if (!horizon.isPositive())
        problems.push_back("The horizon must be longer than 0 (a whole number of months), e.g. "
                           "365 days.");
    if (period && !period->isPositive())
        problems.push_back("The period between cutoffs must be longer than 0 (a whole number of "
                           "months); leave it unset for half the horizon.");
    if (initial && !(initial->isPositive() || initial->count == 0))
        problems.push_back("The initial window must be 0 or longer (a whole number of months); "
                           "leave it unset for three horizons.");
    if (threads < 0)
        problems.push_back("The number of threads must be 0 (all cores) or more.");
    if (season && !season->isPositive())
        problems.push_back("The season of the seasonal-naive baseline must be longer than 0.");
    return problems;
}

} // namespace prognos
