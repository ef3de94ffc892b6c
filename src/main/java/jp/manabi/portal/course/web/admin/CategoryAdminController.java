package jp.manabi.portal.course.web.admin;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.course.domain.CourseCategory;
import jp.manabi.portal.course.domain.CourseCategoryService;
import jp.manabi.portal.course.domain.CourseRuleViolation;

/** Staff add course categories and rename or reorder them. */
@Controller
@RequestMapping("/admin/courses/categories")
class CategoryAdminController {

	private static final String FORM = "admin/course/category-form";

	private final CourseCategoryService categories;

	CategoryAdminController(CourseCategoryService categories) {
		this.categories = categories;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("categories", categories.all());
		return "admin/course/categories";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		var form = new CategoryForm();
		// After the last one, leaving room to slot others in between.
		form.setPosition(categories.all().stream().mapToInt(CourseCategory::getPosition).max().orElse(0) + 10);
		model.addAttribute("categoryForm", form);
		model.addAttribute("editing", false);
		return FORM;
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute CategoryForm categoryForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				categories.create(categoryForm.getCode(), categoryForm.getNameJa(), categoryForm.getNameEn(),
						categoryForm.getPosition());
				redirect.addFlashAttribute("notice", "course-admin.notice.categoryCreated");
				return "redirect:/admin/courses/categories";
			}
			catch (CourseRuleViolation violation) {
				errors.rejectValue(violation.field(), violation.messageKey());
			}
		}
		model.addAttribute("editing", false);
		return FORM;
	}

	@GetMapping("/{code}/edit")
	String edit(@PathVariable String code, Model model) {
		model.addAttribute("categoryForm", CategoryForm.of(find(code)));
		model.addAttribute("editing", true);
		return FORM;
	}

	/** The code in the address is the one changed; a code in the form is ignored. */
	@PostMapping("/{code}/edit")
	String update(@PathVariable String code, @Valid @ModelAttribute CategoryForm categoryForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		find(code);
		categoryForm.setCode(code);
		if (errors.hasFieldErrors("nameJa") || errors.hasFieldErrors("nameEn") || errors.hasFieldErrors("position")) {
			model.addAttribute("editing", true);
			return FORM;
		}
		categories.update(code, categoryForm.getNameJa(), categoryForm.getNameEn(), categoryForm.getPosition());
		redirect.addFlashAttribute("notice", "course-admin.notice.categorySaved");
		return "redirect:/admin/courses/categories";
	}

	private CourseCategory find(String code) {
		return categories.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
