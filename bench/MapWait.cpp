// footcoach-bench-mapwait: starts a program and reports the time from its exec to the first
// top-level window it maps, as the X server sees it. No polling: SubstructureNotify is selected
// on the root window (and the selection confirmed by a round trip) before the program starts, so
// the MapNotify of its first top-level window cannot be missed.
//
// usage: footcoach-bench-mapwait [--timeout SECONDS] -- PROGRAM [ARGS...]
//
// Prints one line as soon as the window is mapped, "pid PID start_s T map_ms MS", where T is
// CLOCK_MONOTONIC (seconds) just before the exec, so a caller can time later readings from the
// program's start. Then waits for the program and exits with its status (SIGTERM and SIGINT are
// passed on to it). Exit status 3: no window within the timeout; 4: the program ended first.

#include <xcb/xcb.h>

#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

extern char** environ;

namespace {

volatile sig_atomic_t g_child = 0;

void forwardSignal(int signal) {
    if (g_child > 0)
        kill(static_cast<pid_t>(g_child), signal);
}

double monotonicSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

xcb_atom_t internAtom(xcb_connection_t* connection, const char* name) {
    xcb_intern_atom_reply_t* reply = xcb_intern_atom_reply(
        connection, xcb_intern_atom(connection, 0, static_cast<uint16_t>(std::strlen(name)), name),
        nullptr);
    const xcb_atom_t atom = reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
    std::free(reply);
    return atom;
}

// The window's _NET_WM_PID, or 0 when it has none (then it is taken to be the program's: on a
// private display nothing else maps windows).
uint32_t windowPid(xcb_connection_t* connection, xcb_window_t window, xcb_atom_t pidAtom) {
    xcb_get_property_reply_t* reply = xcb_get_property_reply(
        connection, xcb_get_property(connection, 0, window, pidAtom, XCB_ATOM_CARDINAL, 0, 1),
        nullptr);
    uint32_t pid = 0;
    if (reply && xcb_get_property_value_length(reply) == 4)
        std::memcpy(&pid, xcb_get_property_value(reply), 4);
    std::free(reply);
    return pid;
}

int exitStatusOf(int status) {
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    double timeout = 60;
    int first = 1;
    while (first < argc && std::strcmp(argv[first], "--") != 0) {
        if (std::strcmp(argv[first], "--timeout") == 0 && first + 1 < argc) {
            timeout = std::atof(argv[first + 1]);
            first += 2;
        } else {
            std::fprintf(stderr, "usage: %s [--timeout SECONDS] -- PROGRAM [ARGS...]\n", argv[0]);
            return 2;
        }
    }
    if (first + 1 >= argc) {
        std::fprintf(stderr, "usage: %s [--timeout SECONDS] -- PROGRAM [ARGS...]\n", argv[0]);
        return 2;
    }
    char** program = argv + first + 1;

    int screenNumber = 0;
    xcb_connection_t* connection = xcb_connect(nullptr, &screenNumber);
    if (xcb_connection_has_error(connection)) {
        std::fprintf(stderr, "mapwait: cannot connect to the X display\n");
        return 2;
    }
    xcb_screen_iterator_t screens = xcb_setup_roots_iterator(xcb_get_setup(connection));
    for (int i = 0; i < screenNumber; ++i)
        xcb_screen_next(&screens);
    const xcb_window_t root = screens.data->root;
    const xcb_atom_t pidAtom = internAtom(connection, "_NET_WM_PID");

    const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
    xcb_generic_error_t* error = xcb_request_check(
        connection,
        xcb_change_window_attributes_checked(connection, root, XCB_CW_EVENT_MASK, &mask));
    if (error) {
        std::fprintf(stderr, "mapwait: cannot select SubstructureNotify on the root window\n");
        std::free(error);
        return 2;
    }

    struct sigaction action {};
    action.sa_handler = forwardSignal;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    pid_t child = 0;
    const double start = monotonicSeconds();
    if (const int rc = posix_spawnp(&child, program[0], nullptr, nullptr, program, environ);
        rc != 0) {
        std::fprintf(stderr, "mapwait: cannot start %s: %s\n", program[0], std::strerror(rc));
        return 2;
    }
    g_child = child;

    const int fd = xcb_get_file_descriptor(connection);
    const double deadline = start + timeout;
    int status = 0;
    bool mapped = false;
    while (!mapped) {
        while (xcb_generic_event_t* event = xcb_poll_for_event(connection)) {
            const bool isMap = (event->response_type & 0x7f) == XCB_MAP_NOTIFY;
            if (isMap) {
                const double at = monotonicSeconds();
                auto* map = reinterpret_cast<xcb_map_notify_event_t*>(event);
                const uint32_t owner = windowPid(connection, map->window, pidAtom);
                if (map->event == root && (owner == 0 || owner == uint32_t(child))) {
                    std::printf("pid %d start_s %.6f map_ms %.3f\n", int(child), start,
                                (at - start) * 1000.0);
                    std::fflush(stdout);
                    mapped = true;
                }
            }
            std::free(event);
            if (mapped)
                break;
        }
        if (mapped)
            break;
        if (xcb_connection_has_error(connection)) {
            std::fprintf(stderr, "mapwait: lost the X connection\n");
            kill(child, SIGTERM);
            waitpid(child, &status, 0);
            return 2;
        }
        if (waitpid(child, &status, WNOHANG) == child) {
            std::fprintf(stderr, "mapwait: %s ended (status %d) before mapping a window\n",
                         program[0], exitStatusOf(status));
            return 4;
        }
        const double now = monotonicSeconds();
        if (now > deadline) {
            std::fprintf(stderr, "mapwait: no window from %s within %.0f s\n", program[0], timeout);
            kill(child, SIGTERM);
            waitpid(child, &status, 0);
            return 3;
        }
        // Sleep until X has something for us; the short cap only serves to notice the child's
        // early death and the deadline.
        pollfd p{fd, POLLIN, 0};
        poll(&p, 1, 50);
    }
    xcb_disconnect(connection);

    while (waitpid(child, &status, 0) < 0) {
        if (errno != EINTR)
            return 1;
    }
    return exitStatusOf(status);
}
