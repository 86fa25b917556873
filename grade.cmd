@echo off
rem Grades racecourse assignments on Windows: grade.cmd [ID...] [--solutions | --submission DIR] [--out DIR]
setlocal
set "ROOT=%~dp0"
pushd "%ROOT%"
call mvnw.cmd -q -B -pl grader -am -DskipTests install || (popd & exit /b 2)
popd
set /p CP=<"%ROOT%grader\target\classpath.txt"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
"%JAVA%" -Dracecourse.root="%ROOT%." -cp "%ROOT%grader\target\classes;%CP%" racecourse.grader.cli.Main %*
exit /b %ERRORLEVEL%
