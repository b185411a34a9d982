#include "tests/repl/repl_fixture.h"

#include "graph/io/kg_file.h"
#include "graph/knowledge_graph.h"

#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <spawn.h>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace kg::test {

graph::KnowledgeGraph fixtureGraph() {
    using namespace kg::graph;
    KnowledgeGraph g;
    EntityId ana = g.addEntity("Ana Lima", EntityType::Person);
    EntityId tomas = g.addEntity("Tomas Berg", EntityType::Person);
    EntityId council = g.addEntity("Harbor Council", EntityType::Organization);
    EntityId riverton = g.addEntity("Riverton", EntityType::Place);
    EntityId ferry = g.addEntity("ferry line", EntityType::Other);
    g.addAlias(ana, "Mayor Lima");

    auto fact = [&](EntityId s, std::string_view p, EntityId o, std::uint32_t sentence,
                    std::string_view text) {
        RelationInput in;
        in.source = s;
        in.target = o;
        in.predicate = p;
        in.confidence = 0.9f;
        in.mention = MentionInput{"riverton-1", sentence,     sentence * 100, sentence * 100 + 60,
                                  text,         "2026-03-02", "Riverton Post"};
        return in;
    };
    g.addRelation(fact(ana, "lead", council, 0, "Ana Lima leads the Harbor Council."));
    RelationInput criticize =
        fact(tomas, "criticize", ana, 1, "Tomas Berg criticized Ana Lima on Tuesday.");
    criticize.time = "on Tuesday";
    g.addRelation(criticize);
    RelationInput approve =
        fact(council, "approve", ferry, 2,
             "The Harbor Council approved a ferry line worth 12 million euros.");
    approve.quantity = "12 million euros";
    approve.place = "Riverton";
    g.addRelation(approve);
    RelationInput leave =
        fact(tomas, "leave", council, 3, "Lima said that Berg does not plan to leave the council.");
    leave.negated = true;
    leave.modality = "plan to";
    leave.attributedTo = ana;
    g.addRelation(leave);
    g.addRelation(fact(ana, "disagree with", tomas, 4, "Lima disagreed with Berg about fares."));
    g.addRelation(fact(ana, "disagree with", tomas, 5, "Mayor Lima again disagreed with Berg."));
    g.addRelation(fact(council, "meet in", riverton, 6, "The council met in Riverton."));
    return g;
}

void writeFixtureGraph(const std::filesystem::path& file) {
    graph::saveGraph(fixtureGraph(), file);
}

std::vector<std::string> testEnvironment(const std::filesystem::path& dir) {
    std::vector<std::string> env{"HOME=" + dir.string(), "KG_HISTORY=" + (dir / "history").string(),
                                 "TERM=xterm", "LANG=C.UTF-8", "PATH=/usr/bin:/bin"};
    // The sanitizer build's settings (make test-asan) apply to the kg runs too.
    for (const char* name : {"ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"})
        if (const char* value = std::getenv(name))
            env.push_back(std::string(name) + "=" + value);
    return env;
}

RunResult runKg(const std::vector<std::string>& args, std::string_view input,
                const std::filesystem::path& workDir) {
    std::filesystem::path in = workDir / ".stdin", out = workDir / ".stdout",
                          err = workDir / ".stderr";
    writeFile(in, input);
    std::string program = kgBinary();
    std::vector<char*> argv{program.data()};
    std::vector<std::string> copies(args);
    for (std::string& a : copies)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<std::string> env = testEnvironment(workDir);
    std::vector<char*> envp;
    for (std::string& e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    // posix_spawn has no portable "change folder" action: switch around the spawn instead.
    std::filesystem::path previous = std::filesystem::current_path();
    std::filesystem::current_path(workDir);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, in.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    pid_t pid = -1;
    int spawned = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    std::filesystem::current_path(previous);
    if (spawned != 0)
        throw std::runtime_error("cannot start " + program);
    int status = 0;
    waitpid(pid, &status, 0);
    RunResult result;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = readFile(out);
    result.err = readFile(err);
    return result;
}

} // namespace kg::test
