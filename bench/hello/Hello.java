import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The baseline for start-up: a minimal picocli command that prints a greeting. */
@Command(name = "hello", mixinStandardHelpOptions = true)
public class Hello implements Runnable {
    @Parameters(arity = "0..1", defaultValue = "world")
    String who;

    public void run() {
        System.out.println("hello " + who);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Hello()).execute(args));
    }
}
