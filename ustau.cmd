@echo off
rem The command the messages and docs call `ustau`, on Windows: the jar `mvn package` builds.
set "JAR=%~dp0target\ustau.jar"
if not exist "%JAR%" (
  echo ustau: %JAR% is missing; build it first: mvn -q -DskipTests package 1>&2
  exit /b 70
)
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
"%JAVA%" %USTAU_JAVA_OPTS% -jar "%JAR%" %*
