// Shared by every IT (each project's verify.groovy evaluates this file, passed as sharedVerifyScript): the lines zwgk prints (findings, hints,
// summary, Maven's failure line for our plugin) must equal the project's expected-lines.txt exactly and in order.
// Maven 3.8's jansi may leave colour resets (ESC[0m) even in batch mode: strip them before comparing.
def log = new File(basedir, 'build.log').getText('UTF-8').readLines().collect { it.replaceAll(/\u001B\[[;\d]*m/, '') }
def expected = new File(basedir, 'expected-lines.txt').getText('UTF-8').readLines()
        .findAll { it && !it.startsWith('#') }
        .collect { it.replace('@pluginVersion@', pluginVersion) }
def ours = ~/^\[(INFO|WARNING|ERROR)\] (src\/|    提示：|    hint: |zwgk: |Failed to execute goal org\.zwgk:)/
def actual = log.findAll { it =~ ours }
assert actual == expected : "zwgk output in ${basedir}/build.log differs\n--- expected\n${expected.join('\n')}\n--- actual\n${actual.join('\n')}\n"
return true
