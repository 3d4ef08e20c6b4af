/* main.c: the claimcheck command line, a thin client of libclaimcheck. */
#include <claimcheck/claimcheck.h>

int
main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    return 0;
}
