# syntax=docker/dockerfile:1
# まなびポータル: build the jar with the Maven wrapper, run it on a JRE as a non-root user.

# ---- build ----------------------------------------------------------------
FROM eclipse-temurin:21-jdk AS build
WORKDIR /build

# Dependencies first: this layer is rebuilt only when pom.xml or the wrapper changes.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN chmod +x mvnw && ./mvnw -B -ntp dependency:go-offline

COPY src/ src/
COPY db/ db/
# Tests run in CI (.github/workflows/ci.yml), not in the image build: they need Chromium.
RUN ./mvnw -B -ntp -DskipTests package \
 && cp target/manabi-portal-*.jar /build/app.jar

# ---- run ------------------------------------------------------------------
FROM eclipse-temurin:21-jre

# curl only for the HEALTHCHECK below; the JRE image has neither curl nor wget.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 10001 portal \
 && useradd --system --uid 10001 --gid portal --no-create-home --shell /usr/sbin/nologin portal

WORKDIR /app
COPY --from=build /build/app.jar app.jar
COPY --from=build /build/db/plans/ db/plans/
# ./data is where the embedded default keeps PostgreSQL when no SPRING_DATASOURCE_URL is given.
RUN mkdir -p /app/data && chown portal:portal /app/data

USER portal
EXPOSE 8080

HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health/liveness || exit 1

# Exec form: java is PID 1 and receives SIGTERM, so the graceful shutdown runs.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "app.jar"]
