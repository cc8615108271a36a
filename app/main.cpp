#include "roost/Version.h"

#include <cstdio>

int main() {
    std::printf("roost %s\n", roost::versionString());
    return 0;
}
