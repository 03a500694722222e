package org.thusong.projects.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.thusong.core.Scope;
import org.thusong.projects.internal.ProjectImport;

/** Import of a project list from CSV or XLSX: a dry run that checks every line, or a load of all or nothing. */
@Controller
class ProjectImportPages {

	private final ProjectImport imports;

	ProjectImportPages(ProjectImport imports) {
		this.imports = imports;
	}

	@GetMapping("/projects/import")
	String form(Model model) {
		model.addAttribute("columns", String.join(",", ProjectImport.COLUMNS));
		return "projects/import";
	}

	@PostMapping("/projects/import")
	String upload(Scope scope, @RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun,
			Authentication authentication, Model model, HttpServletResponse response) throws IOException {
		model.addAttribute("columns", String.join(",", ProjectImport.COLUMNS));
		if (file == null || file.isEmpty()) {
			response.setStatus(400);
			model.addAttribute("problems", List.of("file: choose a CSV or XLSX file"));
			return "projects/import";
		}
		ProjectImport.Result result = imports.run(scope, file.getBytes(), file.getOriginalFilename(), dryRun, authentication.getName());
		model.addAttribute("result", result);
		model.addAttribute("fileName", file.getOriginalFilename());
		if (!result.problems().isEmpty()) {
			response.setStatus(422);
			model.addAttribute("problems", result.problems());
		}
		return "projects/import";
	}

	static byte[] workbook(String sheetName, List<String> header, List<List<Object>> rows, String note) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			Row head = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				head.createCell(i).setCellValue(header.get(i));
			}
			int r = 1;
			for (List<Object> values : rows) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < values.size(); i++) {
					Object value = values.get(i);
					if (value instanceof Number number) {
						row.createCell(i).setCellValue(number.doubleValue());
					}
					else {
						row.createCell(i).setCellValue(String.valueOf(value));
					}
				}
			}
			if (note != null) {
				sheet.createRow(r + 1).createCell(0).setCellValue(note);
			}
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static ResponseEntity<byte[]> file(byte[] body, String name, String type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(type))
			.body(body);
	}
}
