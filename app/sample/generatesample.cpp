// Writes the bundled sample (resources/sample.csv) with SampleGenerator.
#include "samplegenerator.h"

#include <fstream>
#include <iostream>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::cerr << "usage: prognos-generate-sample <output.csv>\n";
        return 2;
    }
    std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
    out << prognos::SampleGenerator::csv();
    return out ? 0 : 1;
}
