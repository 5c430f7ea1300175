#pragma once

// A small command-line reader: "--name value" options, "--flag" switches
// and positional arguments, checked against what a subcommand accepts.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace claimdesk::cli {

class Arguments {
public:
    // `valued` lists the options that take a value, `flags` those that don't.
    Arguments(const std::vector<std::string>& args, std::set<std::string> valued, std::set<std::string> flags);

    bool ok() const { return m_error.empty(); }
    const std::string& error() const { return m_error; }
    bool has(const std::string& flag) const { return m_flags.count(flag) > 0; }
    // The last value given to an option, or all of them in order (an
    // option may be repeated: --status confirmed --status rejected).
    std::optional<std::string> value(const std::string& option) const;
    std::vector<std::string> values(const std::string& option) const;
    const std::vector<std::string>& positional() const { return m_positional; }

private:
    std::map<std::string, std::vector<std::string>> m_values;
    std::set<std::string> m_flags;
    std::vector<std::string> m_positional;
    std::string m_error;
};

}  // namespace claimdesk::cli
