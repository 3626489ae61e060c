using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace GupSoap.Tests.EndToEnd.WebConsole;

/// <summary>
/// Debian's headless Chromium driven by its chromedriver through Selenium WebDriver (no driver download): the
/// server's self-signed TLS certificate is accepted, elements are waited for up to 15 s.
/// </summary>
internal static class ConsoleBrowser
{
    public const string Chromium = "/usr/bin/chromium";
    public const string ChromeDriver = "/usr/bin/chromedriver";

    public static ChromeDriver Start()
    {
        foreach (var (path, package) in new[] { (Chromium, "chromium"), (ChromeDriver, "chromium-driver") })
        {
            if (!File.Exists(path))
            {
                Assert.Fail($"{path} is missing: run 'apt-get install -y {package}' (.ci/run does this).");
            }
        }

        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--ignore-certificate-errors", "--window-size=1280,1024",
            "--no-first-run", "--disable-extensions", "--disable-background-networking");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriver)!, Path.GetFileName(ChromeDriver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        driver.Manage().Timeouts().ImplicitWait = TimeSpan.FromSeconds(15);
        driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
        return driver;
    }
}
