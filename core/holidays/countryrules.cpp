#include "holidays/countryrules.h"

#include "holidays/countries/countries.h"

namespace prognos::holidays {

const std::vector<CountryInfo> &countryTable()
{
    using namespace countries;
    static const std::vector<CountryInfo> table = {
        {"AE", "United Arab Emirates", "AE", &unitedArabEmirates},
        {"AR", "Argentina", "AR", &argentina},
        {"AT", "Austria", "AT", &austria},
        {"AU", "Australia", "AU", &australia},
        {"AW", "Aruba", "AW", &aruba},
        {"BD", "Bangladesh", "BD", &bangladesh},
        {"BE", "Belgium", "BE", &belgium},
        {"BR", "Brazil", "BR", &brazil},
        {"CA", "Canada", "CA", &canada},
        {"CH", "Switzerland", "CH", &switzerland},
        {"CL", "Chile", "CL", &chile},
        {"CN", "China", "CN", &china},
        {"CO", "Colombia", "CO", &colombia},
        {"CZ", "Czechia", "CZ", &czechia},
        {"DE", "Germany", "DE", &germany},
        {"DK", "Denmark", "DK", &denmark},
        {"DO", "Dominican Republic", "DO", &dominicanRepublic},
        {"EE", "Estonia", "EE", &estonia},
        {"EG", "Egypt", "EG", &egypt},
        {"ES", "Spain", "ES", &spain},
        {"FI", "Finland", "FI", &finland},
        {"GB", "United Kingdom", "GB", &unitedKingdom},
        {"GR", "Greece", "GR", &greece},
        {"HK", "Hong Kong", "HK", &hongKong},
        {"HN", "Honduras", "HN", &honduras},
        {"HR", "Croatia", "HR", &croatia},
        {"HU", "Hungary", "HU", &hungary},
        {"ID", "Indonesia", "ID", &indonesia},
        {"IE", "Ireland", "IE", &ireland},
        {"IL", "Israel", "IL", &israel},
        {"IN", "India", "IN", &india},
        {"IS", "Iceland", "IS", &iceland},
        {"IT", "Italy", "IT", &italy},
        {"KE", "Kenya", "KE", &kenya},
        {"LT", "Lithuania", "LT", &lithuania},
        {"LU", "Luxembourg", "LU", &luxembourg},
        {"MA", "Morocco", "MA", &morocco},
        {"MX", "Mexico", "MX", &mexico},
        {"MY", "Malaysia", "MY", &malaysia},
        {"NG", "Nigeria", "NG", &nigeria},
        {"NI", "Nicaragua", "NI", &nicaragua},
        {"NL", "Netherlands", "NL", &netherlands},
        {"NO", "Norway", "NO", &norway},
        {"NZ", "New Zealand", "NZ", &newZealand},
        {"PE", "Peru", "PE", &peru},
        {"PH", "Philippines", "PH", &philippines},
        {"PK", "Pakistan", "PK", &pakistan},
        {"PL", "Poland", "PL", &poland},
        {"PT", "Portugal", "PT", &portugal},
        {"PY", "Paraguay", "PY", &paraguay},
        {"RU", "Russia", "RU", &russia},
        {"SE", "Sweden", "SE", &sweden},
        {"SG", "Singapore", "SG", &singapore},
        {"SI", "Slovenia", "SI", &slovenia},
        {"SK", "Slovakia", "SK", &slovakia},
        {"TH", "Thailand", "TH", &thailand},
        {"TR", "Turkey", "TR", &turkey},
        {"TU", "Turkey", "TR", &turkey},
        {"UK", "United Kingdom", "GB", &unitedKingdom},
        {"US", "United States", "US", &unitedStates},
        {"VN", "Vietnam", "VN", &vietnam},
        {"ZA", "South Africa", "ZA", &southAfrica},
    };
    return table;
}

} // namespace prognos::holidays
