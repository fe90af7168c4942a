#include "CliApplication.h"

int main(int argc, char* argv[])
{
    return tessera::cli::CliApplication::runProcess(argc, argv);
}
